package com.loyaltyledger.infra.account;

import com.loyaltyledger.api.account.AccountOwner;
import com.loyaltyledger.api.account.AccountPage;
import com.loyaltyledger.api.account.AccountSearchCriteria;
import com.loyaltyledger.api.account.AccountView;
import com.loyaltyledger.api.account.BlockAccountCommand;
import com.loyaltyledger.api.account.CloseAccountCommand;
import com.loyaltyledger.api.account.FindAccountQuery;
import com.loyaltyledger.api.account.FindAccountsQuery;
import com.loyaltyledger.api.account.LedgerError;
import com.loyaltyledger.api.account.OpenAccountCommand;
import com.loyaltyledger.api.account.OwnerType;
import com.loyaltyledger.api.account.UnblockAccountCommand;
import com.loyaltyledger.api.history.EntityType;
import com.loyaltyledger.api.history.FindEntityHistoryQuery;
import com.loyaltyledger.api.history.HistoryPage;
import com.loyaltyledger.infra.web.LedgerGateway;
import com.loyaltyledger.infra.web.Paging;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1")
class AccountController {

    private final LedgerGateway ledger;
    private final LedgerResponses money;

    AccountController(LedgerGateway ledger, LedgerResponses money) {
        this.ledger = ledger;
        this.money = money;
    }

    record OpenAccountRequest(String number, String name, String accountTypeId, OwnerType ownerType,
                              String ownerId) {
    }

    record ReasonRequest(String reason) {
    }

    record AccountPageResponse(List<AccountResponse> items, int page, int size, long totalItems) {
    }

    @PostMapping("/accounts")
    ResponseEntity<Map<String, String>> open(@RequestBody OpenAccountRequest body) {
        String id = UUID.randomUUID().toString();
        AccountOwner owner = body.ownerType() == null && body.ownerId() == null ? AccountOwner.NONE
                : new AccountOwner(body.ownerType() == null ? OwnerType.NONE : body.ownerType(), body.ownerId());
        ledger.send(new OpenAccountCommand(id, body.number(), body.name(), body.accountTypeId(), owner));
        return ResponseEntity.created(URI.create("/api/v1/accounts/" + id)).body(Map.of("accountId", id));
    }

    @GetMapping("/accounts")
    AccountPageResponse list(@RequestParam(required = false) OwnerType ownerType,
                             @RequestParam(required = false) String ownerId,
                             @RequestParam(required = false) String accountTypeId,
                             @RequestParam(required = false) String number,
                             @RequestParam(required = false) String asset,
                             @RequestParam(defaultValue = Paging.DEFAULT_PAGE) int page,
                             @RequestParam(defaultValue = Paging.DEFAULT_SIZE) int size) {
        return page(new AccountSearchCriteria(ownerType, blankToNull(ownerId), blankToNull(accountTypeId),
                blankToNull(number), blankToNull(asset)), page, size);
    }

    @GetMapping("/clients/{id}/accounts")
    AccountPageResponse ofClient(@PathVariable String id,
                                 @RequestParam(defaultValue = Paging.DEFAULT_PAGE) int page,
                                 @RequestParam(defaultValue = Paging.DEFAULT_SIZE) int size) {
        return page(new AccountSearchCriteria(OwnerType.CLIENT, id, null, null, null), page, size);
    }

    @GetMapping("/accounts/{id}")
    AccountResponse get(@PathVariable String id) {
        return AccountResponse.of(ledger.find(new FindAccountQuery(id), AccountView.class,
                LedgerError.ACCOUNT_NOT_FOUND, "account " + id), money);
    }

    @GetMapping("/accounts/{id}/history")
    HistoryPage history(@PathVariable String id,
                        @RequestParam(defaultValue = Paging.DEFAULT_PAGE) int page,
                        @RequestParam(defaultValue = Paging.DEFAULT_SIZE) int size) {
        HistoryPage history = ledger.query(new FindEntityHistoryQuery(EntityType.ACCOUNT, id, Paging.of(page, size)),
                HistoryPage.class);
        if (history.totalItems() == 0) {
            // an unknown account is a 404, not an empty history
            get(id);
        }
        return history;
    }

    @PostMapping("/accounts/{id}/block")
    ResponseEntity<Void> block(@PathVariable String id, @RequestBody ReasonRequest body) {
        ledger.send(new BlockAccountCommand(id, body.reason()), LedgerError.ACCOUNT_NOT_FOUND, "account " + id);
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/accounts/{id}/unblock")
    ResponseEntity<Void> unblock(@PathVariable String id, @RequestBody(required = false) ReasonRequest body) {
        ledger.send(new UnblockAccountCommand(id, body == null ? null : body.reason()),
                LedgerError.ACCOUNT_NOT_FOUND, "account " + id);
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/accounts/{id}/close")
    ResponseEntity<Void> close(@PathVariable String id, @RequestBody(required = false) ReasonRequest body) {
        ledger.send(new CloseAccountCommand(id, body == null ? null : body.reason()), LedgerError.ACCOUNT_NOT_FOUND,
                "account " + id);
        return ResponseEntity.noContent().build();
    }

    private AccountPageResponse page(AccountSearchCriteria criteria, int page, int size) {
        AccountPage result = ledger.query(new FindAccountsQuery(criteria, Paging.of(page, size)), AccountPage.class);
        return new AccountPageResponse(result.items().stream().map(view -> AccountResponse.of(view, money)).toList(),
                result.page(), result.size(), result.totalItems());
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
