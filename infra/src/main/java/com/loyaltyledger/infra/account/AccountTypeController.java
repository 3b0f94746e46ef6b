package com.loyaltyledger.infra.account;

import com.loyaltyledger.api.account.AccountKind;
import com.loyaltyledger.api.account.AccountTypeList;
import com.loyaltyledger.api.account.AccountTypeView;
import com.loyaltyledger.api.account.ChangeAccountTypeCommand;
import com.loyaltyledger.api.account.CreateAccountTypeCommand;
import com.loyaltyledger.api.account.FindAccountTypeQuery;
import com.loyaltyledger.api.account.FindAccountTypesQuery;
import com.loyaltyledger.api.account.LedgerError;
import com.loyaltyledger.command.account.AssetCatalog;
import com.loyaltyledger.infra.web.LedgerGateway;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

@RestController
@RequestMapping("/api/v1")
class AccountTypeController {

    private final LedgerGateway ledger;
    private final LedgerResponses responses;
    private final AssetCatalog assets;

    AccountTypeController(LedgerGateway ledger, LedgerResponses responses, AssetCatalog assets) {
        this.ledger = ledger;
        this.responses = responses;
        this.assets = assets;
    }

    record AccountTypeRequest(String name, String asset, AccountKind kind, JsonNode minimumBalance,
                              JsonNode dailySpendLimit, Boolean allowBelowMinimum) {
    }

    record AccountTypeRulesRequest(String name, JsonNode minimumBalance, JsonNode dailySpendLimit,
                                   Boolean allowBelowMinimum) {
    }

    record AccountTypeResponse(String id, String name, String asset, AccountKind kind, String minimumBalance,
                               String dailySpendLimit, boolean allowBelowMinimum, Instant createdAt) {
    }

    record AssetResponse(String code, int scale) {
    }

    @GetMapping("/assets")
    List<AssetResponse> assets() {
        return assets.scales().entrySet().stream().sorted(Map.Entry.comparingByKey())
                .map(entry -> new AssetResponse(entry.getKey(), entry.getValue())).toList();
    }

    @PostMapping("/account-types")
    ResponseEntity<Map<String, String>> create(@RequestBody AccountTypeRequest body) {
        String id = UUID.randomUUID().toString();
        ledger.send(new CreateAccountTypeCommand(id, body.name(), body.asset(), body.kind(),
                LedgerRequests.optionalAmount(body.minimumBalance(), "minimumBalance"),
                LedgerRequests.optionalAmount(body.dailySpendLimit(), "dailySpendLimit"),
                Boolean.TRUE.equals(body.allowBelowMinimum())));
        return ResponseEntity.created(URI.create("/api/v1/account-types/" + id)).body(Map.of("accountTypeId", id));
    }

    /** Replaces the rules; asset and kind never change, so the body has no place for them. */
    @PutMapping("/account-types/{id}")
    ResponseEntity<Void> change(@PathVariable String id, @RequestBody AccountTypeRulesRequest body) {
        ledger.send(new ChangeAccountTypeCommand(id, body.name(),
                LedgerRequests.optionalAmount(body.minimumBalance(), "minimumBalance"),
                LedgerRequests.optionalAmount(body.dailySpendLimit(), "dailySpendLimit"),
                Boolean.TRUE.equals(body.allowBelowMinimum())), LedgerError.ACCOUNT_TYPE_NOT_FOUND,
                "account type " + id);
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/account-types")
    List<AccountTypeResponse> list() {
        return ledger.query(new FindAccountTypesQuery(), AccountTypeList.class).items().stream()
                .map(this::response).toList();
    }

    @GetMapping("/account-types/{id}")
    AccountTypeResponse get(@PathVariable String id) {
        return response(ledger.find(new FindAccountTypeQuery(id), AccountTypeView.class,
                LedgerError.ACCOUNT_TYPE_NOT_FOUND, "account type " + id));
    }

    private AccountTypeResponse response(AccountTypeView type) {
        return new AccountTypeResponse(type.accountTypeId(), type.name(), type.asset(), type.kind(),
                responses.money(type.minimumBalance(), type.asset()),
                responses.money(type.dailySpendLimit(), type.asset()), type.allowBelowMinimum(), type.createdAt());
    }
}
