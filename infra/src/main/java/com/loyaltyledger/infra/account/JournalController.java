package com.loyaltyledger.infra.account;

import com.loyaltyledger.api.account.LedgerError;
import com.loyaltyledger.api.account.OwnerType;
import com.loyaltyledger.api.account.PostingKind;
import com.loyaltyledger.api.common.DomainException;
import com.loyaltyledger.api.journal.BalanceAsOf;
import com.loyaltyledger.api.journal.CheckLedgerQuery;
import com.loyaltyledger.api.journal.FindBalanceAsOfQuery;
import com.loyaltyledger.api.journal.FindJournalQuery;
import com.loyaltyledger.api.journal.FindOwnerTurnoverQuery;
import com.loyaltyledger.api.journal.FindTurnoverQuery;
import com.loyaltyledger.api.journal.JournalCriteria;
import com.loyaltyledger.api.journal.JournalPage;
import com.loyaltyledger.api.journal.LedgerCheckReport;
import com.loyaltyledger.api.journal.OwnerTurnover;
import com.loyaltyledger.api.journal.Turnover;
import com.loyaltyledger.infra.web.LedgerGateway;
import com.loyaltyledger.infra.web.Paging;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Instant;
import java.util.List;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The journal, its CSV export, turnover, balances as of a moment, and the ledger check. */
@RestController
@RequestMapping("/api/v1")
class JournalController {

    private final LedgerGateway ledger;
    private final LedgerResponses money;
    private final JournalCsv csv;

    JournalController(LedgerGateway ledger, LedgerResponses money, JournalCsv csv) {
        this.ledger = ledger;
        this.money = money;
        this.csv = csv;
    }

    record JournalLineResponse(long lineId, Instant occurredAt, String businessDay, String transactionId,
                               String accountId, boolean systemAccount, String direction, String amount,
                               String asset, PostingKind kind, String counterAccount, String reason, String source,
                               String storeCode, String actor, String reversalOf) {
    }

    record JournalPageResponse(List<JournalLineResponse> items, int page, int size, long totalItems) {
    }

    record TurnoverResponse(String accountId, String asset, Instant from, Instant to, String opening, String debits,
                            String credits, String closing) {
    }

    record BalanceResponse(String accountId, String asset, Instant asOf, String balance) {
    }

    record AssetTotalsResponse(String asset, String debits, String credits, String balanceSum) {
    }

    record LedgerCheckResponse(boolean clean, List<AssetTotalsResponse> assets, long accountsChecked,
                               long postingsChecked, List<String> discrepancies) {
    }

    /** JSON pages, or with {@code Accept: text/csv} or {@code format=csv} every matching line as CSV. */
    @GetMapping("/journal")
    ResponseEntity<?> journal(@RequestParam(required = false) Instant from,
                              @RequestParam(required = false) Instant to,
                              @RequestParam(required = false) String accountId,
                              @RequestParam(required = false) String clientId,
                              @RequestParam(required = false) String cardId,
                              @RequestParam(required = false) PostingKind kind,
                              @RequestParam(required = false) String source,
                              @RequestParam(required = false) String asset,
                              @RequestParam(required = false) String format,
                              @RequestHeader(name = HttpHeaders.ACCEPT, required = false) String accept,
                              @RequestParam(defaultValue = Paging.DEFAULT_PAGE) int page,
                              @RequestParam(defaultValue = Paging.DEFAULT_SIZE) int size,
                              HttpServletResponse response) throws IOException {
        JournalCriteria criteria = new JournalCriteria(from, to, blankToNull(accountId), blankToNull(clientId),
                blankToNull(cardId), kind, blankToNull(source), blankToNull(asset));
        boolean wantsCsv = "csv".equalsIgnoreCase(format) || (accept != null && accept.contains("text/csv"));
        if (format != null && !wantsCsv && !"json".equalsIgnoreCase(format)) {
            throw DomainException.invalidField("format", "format must be json or csv");
        }
        if (wantsCsv) {
            response.setContentType(JournalCsv.TEXT_CSV.toString());
            response.setHeader(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"journal.csv\"");
            csv.write(criteria, response.getOutputStream());
            // written straight to the response: no body for Spring to convert
            return null;
        }
        JournalPage result = ledger.query(new FindJournalQuery(criteria, Paging.of(page, size)), JournalPage.class);
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(new JournalPageResponse(
                result.items().stream().map(line -> new JournalLineResponse(line.lineId(), line.occurredAt(),
                        line.businessDay().toString(), line.transactionId(), line.accountId(), line.systemAccount(),
                        line.direction().name(), money.money(line.amount(), line.asset()), line.asset(), line.kind(),
                        line.counterAccount(), line.reason(), line.source(), line.storeCode(), line.actor(),
                        line.reversalOf())).toList(), result.page(), result.size(), result.totalItems()));
    }

    @GetMapping("/accounts/{id}/turnover")
    TurnoverResponse turnover(@PathVariable String id, @RequestParam Instant from, @RequestParam Instant to) {
        requirePeriod(from, to);
        return response(ledger.find(new FindTurnoverQuery(id, from, to), Turnover.class,
                LedgerError.ACCOUNT_NOT_FOUND, "account " + id));
    }

    @GetMapping("/clients/{id}/turnover")
    List<TurnoverResponse> clientTurnover(@PathVariable String id, @RequestParam Instant from,
                                          @RequestParam Instant to) {
        requirePeriod(from, to);
        return ledger.query(new FindOwnerTurnoverQuery(OwnerType.CLIENT, id, from, to), OwnerTurnover.class)
                .accounts().stream().map(this::response).toList();
    }

    @GetMapping("/accounts/{id}/balance")
    BalanceResponse balance(@PathVariable String id, @RequestParam(required = false) Instant asOf) {
        Instant moment = asOf == null ? Instant.now() : asOf;
        BalanceAsOf balance = ledger.find(new FindBalanceAsOfQuery(id, moment), BalanceAsOf.class,
                LedgerError.ACCOUNT_NOT_FOUND, "account " + id);
        return new BalanceResponse(balance.accountId(), balance.asset(), balance.asOf(),
                money.money(balance.balance(), balance.asset()));
    }

    @GetMapping("/ledger/check")
    LedgerCheckResponse check(@RequestParam(defaultValue = "20") int maxDiscrepancies) {
        if (maxDiscrepancies < 0 || maxDiscrepancies > 1000) {
            throw DomainException.invalidField("maxDiscrepancies", "maxDiscrepancies must be between 0 and 1000");
        }
        LedgerCheckReport report = ledger.query(new CheckLedgerQuery(maxDiscrepancies), LedgerCheckReport.class);
        return new LedgerCheckResponse(report.clean(), report.assets().stream().map(totals ->
                new AssetTotalsResponse(totals.asset(), money.money(totals.debits(), totals.asset()),
                        money.money(totals.credits(), totals.asset()),
                        money.money(totals.balanceSum(), totals.asset()))).toList(),
                report.accountsChecked(), report.postingsChecked(), report.discrepancies());
    }

    private TurnoverResponse response(Turnover turnover) {
        String asset = turnover.asset();
        return new TurnoverResponse(turnover.accountId(), asset, turnover.from(), turnover.to(),
                money.money(turnover.opening(), asset), money.money(turnover.debits(), asset),
                money.money(turnover.credits(), asset), money.money(turnover.closing(), asset));
    }

    private static void requirePeriod(Instant from, Instant to) {
        if (!from.isBefore(to)) {
            throw DomainException.invalidField("to", "to must be after from");
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
