package com.loyaltyledger.infra.account;

import com.loyaltyledger.api.journal.FindJournalAfterQuery;
import com.loyaltyledger.api.journal.JournalChunk;
import com.loyaltyledger.api.journal.JournalCriteria;
import com.loyaltyledger.api.journal.JournalLine;
import com.loyaltyledger.infra.web.LedgerGateway;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;

/**
 * Streams every journal line matching the criteria as CSV (RFC 4180), walking the journal by line id in
 * chunks so that memory stays flat however long the export.
 */
@Component
class JournalCsv {

    static final MediaType TEXT_CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);
    private static final int CHUNK = 1_000;
    private static final String HEADER = "lineId,occurredAt,businessDay,transactionId,accountId,systemAccount,"
            + "direction,amount,asset,kind,counterAccount,reason,source,storeCode,actor,reversalOf";

    private final LedgerGateway ledger;
    private final LedgerResponses money;

    JournalCsv(LedgerGateway ledger, LedgerResponses money) {
        this.ledger = ledger;
        this.money = money;
    }

    void write(JournalCriteria criteria, OutputStream output) throws IOException {
        Writer writer = new OutputStreamWriter(output, StandardCharsets.UTF_8);
        writer.write(HEADER + "\r\n");
        long after = 0;
        while (true) {
            List<JournalLine> lines = ledger.query(new FindJournalAfterQuery(criteria, after, CHUNK),
                    JournalChunk.class).items();
            for (JournalLine line : lines) {
                writer.write(row(line));
            }
            if (lines.size() < CHUNK) {
                break;
            }
            after = lines.getLast().lineId();
        }
        writer.flush();
    }

    private String row(JournalLine line) {
        return Stream.of(line.lineId(), line.occurredAt(), line.businessDay(), line.transactionId(), line.accountId(),
                        line.systemAccount(), line.direction(), money.money(line.amount(), line.asset()), line.asset(),
                        line.kind(), line.counterAccount(), line.reason(), line.source(), line.storeCode(),
                        line.actor(), line.reversalOf())
                .map(JournalCsv::field).collect(Collectors.joining(",", "", "\r\n"));
    }

    private static String field(Object value) {
        if (value == null) {
            return "";
        }
        String text = value.toString();
        // a leading =, + or @ would make a spreadsheet run the cell as a formula
        if (!text.isEmpty() && "=+@".indexOf(text.charAt(0)) >= 0) {
            text = "'" + text;
        }
        if (text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r")) {
            return "\"" + text.replace("\"", "\"\"") + "\"";
        }
        return text;
    }
}
