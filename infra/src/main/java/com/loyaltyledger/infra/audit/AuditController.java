package com.loyaltyledger.infra.audit;

import com.loyaltyledger.api.common.DomainException;
import com.loyaltyledger.api.common.PageRequest;
import com.loyaltyledger.api.history.AuditCriteria;
import com.loyaltyledger.api.history.FieldChange;
import com.loyaltyledger.api.history.FindAuditEntriesQuery;
import com.loyaltyledger.api.history.HistoryEntry;
import com.loyaltyledger.api.history.HistoryPage;
import com.loyaltyledger.infra.web.Csv;
import com.loyaltyledger.infra.web.LedgerGateway;
import com.loyaltyledger.infra.web.Paging;
import com.loyaltyledger.infra.web.RequestParams;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The audit trail: every change to every client, card and account, in the order the event store recorded it,
 * with who, when, through which channel and each field old → new. As JSON pages, or with {@code format=csv} as
 * one CSV file of everything the filters match.
 */
@RestController
@RequestMapping("/api/v1/audit")
class AuditController {

    /** Rows fetched per round trip while streaming a CSV export. */
    private static final int EXPORT_BATCH = PageRequest.MAX_SIZE;
    private static final List<String> CSV_HEADER = List.of("position", "occurredAt", "actor", "onBehalfOf",
            "channel", "correlationId", "entityType", "entityId", "eventType", "summary", "changes");

    private final LedgerGateway ledger;

    AuditController(LedgerGateway ledger) {
        this.ledger = ledger;
    }

    @GetMapping
    HistoryPage page(@RequestParam(required = false) String entityType,
                     @RequestParam(required = false) String entityId,
                     @RequestParam(required = false) String actor,
                     @RequestParam(required = false) String channel,
                     @RequestParam(required = false) String from,
                     @RequestParam(required = false) String to,
                     @RequestParam(required = false) String eventType,
                     @RequestParam(defaultValue = "json") String format,
                     @RequestParam(defaultValue = Paging.DEFAULT_PAGE) int page,
                     @RequestParam(defaultValue = Paging.DEFAULT_SIZE) int size) {
        if (!format.equals("json")) {
            throw DomainException.invalidField("format", "format is json (the default) or csv");
        }
        AuditCriteria criteria = criteria(entityType, entityId, actor, channel, from, to, eventType);
        return ledger.query(new FindAuditEntriesQuery(criteria, Paging.of(page, size)), HistoryPage.class);
    }

    @GetMapping(params = "format=csv")
    void export(@RequestParam(required = false) String entityType,
                @RequestParam(required = false) String entityId,
                @RequestParam(required = false) String actor,
                @RequestParam(required = false) String channel,
                @RequestParam(required = false) String from,
                @RequestParam(required = false) String to,
                @RequestParam(required = false) String eventType,
                HttpServletResponse response) throws IOException {
        AuditCriteria criteria = criteria(entityType, entityId, actor, channel, from, to, eventType);
        response.setContentType("text/csv;charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"audit.csv\"");
        Writer out = new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8);
        Csv.row(out, CSV_HEADER);
        for (int page = 0; ; page++) {
            HistoryPage batch = ledger.query(
                    new FindAuditEntriesQuery(criteria, Paging.of(page, EXPORT_BATCH)), HistoryPage.class);
            for (HistoryEntry entry : batch.items()) {
                Csv.row(out, List.of(entry.position(), entry.occurredAt(), nullable(entry.actor()),
                        nullable(entry.onBehalfOf()), nullable(entry.channel()), nullable(entry.correlationId()),
                        entry.entityType(), entry.entityId(), entry.eventType(), nullable(entry.summary()),
                        changes(entry.changes())));
            }
            if ((long) (page + 1) * EXPORT_BATCH >= batch.totalItems()) {
                break;
            }
        }
        out.flush();
    }

    private static AuditCriteria criteria(String entityType, String entityId, String actor, String channel,
                                          String from, String to, String eventType) {
        return new AuditCriteria(RequestParams.text(entityType), RequestParams.text(entityId),
                RequestParams.text(actor), RequestParams.text(channel), RequestParams.instant("from", from),
                RequestParams.instant("to", to), RequestParams.text(eventType));
    }

    private static String changes(List<FieldChange> changes) {
        return changes.stream().map(change -> change.field() + ": " + nullable(change.oldValue()) + " → "
                + nullable(change.newValue())).collect(Collectors.joining("; "));
    }

    private static String nullable(String value) {
        return value == null ? "" : value;
    }
}
