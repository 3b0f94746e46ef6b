package com.loyaltyledger.query.purchase;

import com.loyaltyledger.api.purchase.FindClientPurchasesQuery;
import com.loyaltyledger.api.purchase.FindPurchaseQuery;
import com.loyaltyledger.api.purchase.PurchaseLineView;
import com.loyaltyledger.api.purchase.PurchasePage;
import com.loyaltyledger.api.purchase.PurchaseView;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

@Component
class PurchaseQueries {

    private static final String SINCE_ERASURE = "and not exists (select 1 from client_view c where c.id = ? "
            + "and c.personal_data_erased_at > purchased_at) ";
    private static final String COLUMNS = "receipt_key, receipt_id, store_code, cashier, purchased_at, client_id, "
            + "card_id, account_id, total, discount_percent, discount_amount, bonus_spent, amount_paid, bonus_earned, "
            + "refunded_amount, bonus_returned, bonus_taken_back";

    private final JdbcTemplate jdbc;

    PurchaseQueries(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    private record Row(String key, PurchaseView withoutLines) {
    }

    /**
     * Newest first; the receipt key breaks ties so that pages never overlap. Purchases made before the client's
     * personal data was erased are not the re-registered client's any more: they count in the statistics and the
     * ledger, but the client's list no longer shows them.
     */
    @QueryHandler
    public PurchasePage handle(FindClientPurchasesQuery query) {
        List<Row> rows = jdbc.query("select " + COLUMNS + " from purchase_view where client_id = ? " + SINCE_ERASURE
                        + "order by purchased_at desc, receipt_key limit ? offset ?", PurchaseQueries::row,
                query.clientId(), query.clientId(), query.page().size(), query.page().offset());
        Long total = jdbc.queryForObject("select count(*) from purchase_view where client_id = ? " + SINCE_ERASURE,
                Long.class, query.clientId(), query.clientId());
        return new PurchasePage(withLines(rows), query.page().page(), query.page().size(), total == null ? 0 : total);
    }

    @QueryHandler
    public Optional<PurchaseView> handle(FindPurchaseQuery query) {
        List<Row> rows = jdbc.query("select " + COLUMNS + " from purchase_view where store_code = ? and receipt_id = ?",
                PurchaseQueries::row, query.storeCode(), query.receiptId());
        return withLines(rows).stream().findFirst();
    }

    private List<PurchaseView> withLines(List<Row> rows) {
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<String, List<PurchaseLineView>> lines = new HashMap<>();
        String marks = String.join(", ", Collections.nCopies(rows.size(), "?"));
        jdbc.query("select receipt_key, line_number, item_code, name, quantity, price, amount, item_group, refunded "
                        + "from purchase_line_view where receipt_key in (" + marks + ") order by line_number",
                (ResultSet line) -> {
                    lines.computeIfAbsent(line.getString(1), key -> new ArrayList<>()).add(new PurchaseLineView(
                            line.getInt(2), line.getString(3), line.getString(4), line.getBigDecimal(5),
                            line.getBigDecimal(6), line.getBigDecimal(7), line.getString(8), line.getBoolean(9)));
                },
                rows.stream().map(Row::key).toArray());
        return rows.stream().map(row -> {
            PurchaseView p = row.withoutLines();
            return new PurchaseView(p.receiptId(), p.storeCode(), p.cashier(), p.purchasedAt(), p.clientId(),
                    p.cardId(), p.accountId(), lines.getOrDefault(row.key(), List.of()), p.total(),
                    p.discountPercent(), p.discountAmount(), p.bonusSpent(), p.amountPaid(), p.bonusEarned(),
                    p.refundedAmount(), p.bonusReturned(), p.bonusTakenBack());
        }).toList();
    }

    private static Row row(ResultSet row, int number) throws SQLException {
        return new Row(row.getString(1), new PurchaseView(row.getString(2), row.getString(3), row.getString(4),
                row.getTimestamp(5).toInstant(), row.getString(6), row.getString(7), row.getString(8), List.of(),
                row.getBigDecimal(9), row.getBigDecimal(10), row.getBigDecimal(11), bonus(row, 12),
                row.getBigDecimal(13), bonus(row, 14), row.getBigDecimal(15), bonus(row, 16), bonus(row, 17)));
    }

    /**
     * Bonus amounts are stored with room for an asset of up to four decimals; shown without the padding, but
     * with at least two, as money is.
     */
    private static BigDecimal bonus(ResultSet row, int column) throws SQLException {
        BigDecimal stored = row.getBigDecimal(column).stripTrailingZeros();
        return stored.scale() < 2 ? stored.setScale(2) : stored;
    }
}
