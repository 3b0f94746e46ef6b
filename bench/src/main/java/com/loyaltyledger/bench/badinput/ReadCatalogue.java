package com.loyaltyledger.bench.badinput;

import com.loyaltyledger.bench.Http;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The read endpoints, attacked through what a read takes: query parameters (unknown, given twice, unstorable text,
 * bytes that are not UTF-8, moments beyond the year 9999, enums, numbers and pages out of bounds), the path and the
 * credentials. None of these may be a 500 or change anything.
 */
final class ReadCatalogue {

    /** What a query parameter takes, as far as breaking it goes. */
    enum Kind { TEXT, INSTANT, DATE, ENUM, INTEGER, DECIMAL, BOOLEAN }

    /** A read at {@code prefix + target + suffix}, with the query that is accepted (empty when none is needed). */
    record Read(String template, String prefix, String target, String suffix, String query,
                Map<String, Kind> parameters, boolean paged, boolean analystMayRead) {

        String label() {
            return "GET " + template;
        }
    }

    private ReadCatalogue() {
    }

    static List<Read> of(Targets t) {
        String period = "from=2026-01-01T00:00:00Z&to=2030-01-01T00:00:00Z";
        Map<String, Kind> none = Map.of();
        List<Read> reads = new ArrayList<>();
        reads.add(read("/api/v1/clients", "/api/v1/clients", null, "", params("name", Kind.TEXT, "phone", Kind.TEXT,
                "codeWord", Kind.TEXT, "tag", Kind.TEXT, "categoryId", Kind.TEXT, "lastPurchaseFrom", Kind.INSTANT,
                "accumulatedFrom", Kind.DECIMAL, "receiptsFrom", Kind.INTEGER, "sort", Kind.ENUM,
                "blocked", Kind.BOOLEAN), true, true));
        reads.add(read("/api/v1/clients/{id}", "/api/v1/clients/", t.clientId(), "", params("asOf", Kind.INSTANT),
                false, true));
        reads.add(read("/api/v1/clients/{id}/history", "/api/v1/clients/", t.clientId(), "", none, true, false,
                "/history"));
        reads.add(read("/api/v1/clients/{id}/cards", "/api/v1/clients/", t.clientId(), "", none, true, true,
                "/cards"));
        reads.add(read("/api/v1/clients/{id}/accounts", "/api/v1/clients/", t.clientId(), "", none, true, true,
                "/accounts"));
        reads.add(read("/api/v1/clients/{id}/turnover", "/api/v1/clients/", t.clientId(), period,
                params("from", Kind.INSTANT, "to", Kind.INSTANT), false, true, "/turnover"));
        reads.add(read("/api/v1/clients/{id}/purchases", "/api/v1/clients/", t.clientId(), "", none, true, true,
                "/purchases"));
        reads.add(read("/api/v1/cards", "/api/v1/cards", null, "", params("numberPrefix", Kind.TEXT,
                "ownerId", Kind.TEXT, "status", Kind.ENUM, "validOn", Kind.DATE), true, true));
        reads.add(read("/api/v1/cards/{id}", "/api/v1/cards/", t.cardId(), "", params("asOf", Kind.INSTANT), false,
                true));
        reads.add(read("/api/v1/cards/{id}/history", "/api/v1/cards/", t.cardId(), "", none, true, false,
                "/history"));
        reads.add(read("/api/v1/cards/by-number/{number}", "/api/v1/cards/by-number/", t.cardNumber(), "", none,
                false, true));
        reads.add(read("/api/v1/card-groups", "/api/v1/card-groups", null, "", none, true, true));
        reads.add(read("/api/v1/assets", "/api/v1/assets", null, "", none, false, true));
        reads.add(read("/api/v1/account-types", "/api/v1/account-types", null, "", none, false, true));
        reads.add(read("/api/v1/account-types/{id}", "/api/v1/account-types/", t.depositTypeId(), "", none, false,
                true));
        reads.add(read("/api/v1/accounts", "/api/v1/accounts", null, "", params("ownerType", Kind.ENUM,
                "ownerId", Kind.TEXT, "number", Kind.TEXT, "asset", Kind.TEXT), true, true));
        reads.add(read("/api/v1/accounts/{id}", "/api/v1/accounts/", t.accountId(), "", none, false, true));
        reads.add(read("/api/v1/accounts/{id}/history", "/api/v1/accounts/", t.accountId(), "", none, true, false,
                "/history"));
        reads.add(read("/api/v1/accounts/{id}/balance", "/api/v1/accounts/", t.accountId(), "",
                params("asOf", Kind.INSTANT), false, true, "/balance"));
        reads.add(read("/api/v1/accounts/{id}/turnover", "/api/v1/accounts/", t.accountId(), period,
                params("from", Kind.INSTANT, "to", Kind.INSTANT), false, true, "/turnover"));
        reads.add(read("/api/v1/journal", "/api/v1/journal", null, "", params("from", Kind.INSTANT,
                "to", Kind.INSTANT, "accountId", Kind.TEXT, "clientId", Kind.TEXT, "kind", Kind.ENUM,
                "source", Kind.TEXT, "asset", Kind.TEXT, "format", Kind.TEXT), true, true));
        reads.add(read("/api/v1/transfers/{id}", "/api/v1/transfers/", "drill-none", "", none, false, true));
        reads.add(read("/api/v1/ledger/check", "/api/v1/ledger/check", null, "",
                params("maxDiscrepancies", Kind.INTEGER), false, false));
        reads.add(read("/api/v1/purchases/{receiptId}", "/api/v1/purchases/", t.receiptId(),
                "storeCode=" + Http.query(t.store()), params("storeCode", Kind.TEXT), false, true));
        reads.add(read("/api/v1/client-categories", "/api/v1/client-categories", null, "",
                params("shownInLists", Kind.BOOLEAN), false, true));
        reads.add(read("/api/v1/client-categories/{id}", "/api/v1/client-categories/", t.categoryId(), "", none,
                false, true));
        reads.add(read("/api/v1/client-categories/{id}/history", "/api/v1/client-categories/", t.categoryId(), "",
                none, true, false, "/history"));
        reads.add(read("/api/v1/audit", "/api/v1/audit", null, "", params("entityType", Kind.TEXT,
                "entityId", Kind.TEXT, "actor", Kind.TEXT, "from", Kind.INSTANT, "to", Kind.INSTANT), true, false));
        reads.add(read("/api/v1/admin/processors", "/api/v1/admin/processors", null, "", none, false, false));
        reads.add(read("/api/v1/admin/processors/{name}/dead-letters", "/api/v1/admin/processors/", "journal", "",
                none, true, false, "/dead-letters"));
        reads.add(read("/api/v1/users", "/api/v1/users", null, "", none, true, false));
        reads.add(read("/api/v1/users/{username}", "/api/v1/users/", t.analyst(), "", none, false, false));
        reads.add(read("/api/v1/tills", "/api/v1/tills", null, "", none, true, false));
        reads.add(read("/api/v1/tills/{tillId}", "/api/v1/tills/", t.tillId(), "", none, false, false));
        return reads;
    }

    /** Every bad request of a read. */
    static List<BadRequest> variants(Read read, Targets targets) {
        List<BadRequest> bad = new ArrayList<>();
        String label = read.label();
        String base = url(read, read.target(), read.query());
        BadRequest accepted = new BadRequest(label, "accepted", "GET", base, null, null, Map.of());
        bad.add(withKind(accepted, "no credentials").withHeader("Authorization", null));
        bad.add(withKind(accepted, "wrong password").withHeader("Authorization",
                Http.basic(targets.guessed(), "wrong-password")));
        bad.addAll(Variants.credentialsAndQuery(accepted, targets));
        if (read.target() != null) {
            bad.add(get(label, "control character in the path", url(read, "x%01y", read.query())));
        }
        read.parameters().forEach((name, kind) -> {
            List<String[]> values = new ArrayList<>(List.of(new String[]{"NUL in " + name, "drill%00"},
                    new String[]{"a control character in " + name, "drill%07"},
                    new String[]{"bytes that are not UTF-8 in " + name, "%ED%A0%80"},
                    new String[]{name + " given twice", "1&" + name + "=2"}));
            switch (kind) {
                case INSTANT -> {
                    values.add(new String[]{"a moment beyond the year 9999 in " + name, "%2B99999-01-01T00:00:00Z"});
                    values.add(new String[]{"not a moment in " + name, "tomorrow"});
                }
                case DATE -> values.add(new String[]{"a day beyond the year 9999 in " + name, "%2B99999-01-01"});
                case ENUM -> values.add(new String[]{"unknown value of " + name, "NOT_A_VALUE"});
                case INTEGER -> values.add(new String[]{"a number beyond a long in " + name, "123456789012345678901"});
                case DECIMAL -> values.add(new String[]{"not a number in " + name, "12,5O"});
                case BOOLEAN -> values.add(new String[]{"not a truth value in " + name, "perhaps"});
                case TEXT -> {
                }
            }
            for (String[] value : values) {
                bad.add(get(label, value[0], withParameter(base, name, value[1])));
            }
        });
        if (read.paged()) {
            bad.add(get(label, "a negative page", withParameter(base, "page", "-1")));
            bad.add(get(label, "a page of size 0", withParameter(base, "size", "0")));
            bad.add(get(label, "a page of size 501", withParameter(base, "size", "501")));
            bad.add(get(label, "a page whose offset passes an int", withParameter(withParameter(base, "page",
                    "2147483647"), "size", "500")));
        }
        if (!read.analystMayRead()) {
            bad.add(withKind(accepted, "a role that may not read it").withHeader("Authorization",
                    Http.basic(targets.analyst(), Targets.ANALYST_PASSWORD)));
        }
        return bad;
    }

    private static Map<String, Kind> params(Object... pairs) {
        Map<String, Kind> parameters = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            parameters.put((String) pairs[i], (Kind) pairs[i + 1]);
        }
        return parameters;
    }

    private static Read read(String template, String prefix, String target, String query, Map<String, Kind> params,
                             boolean paged, boolean analystMayRead) {
        return read(template, prefix, target, query, params, paged, analystMayRead, "");
    }

    private static Read read(String template, String prefix, String target, String query, Map<String, Kind> params,
                             boolean paged, boolean analystMayRead, String suffix) {
        return new Read(template, prefix, target, suffix, query, params, paged, analystMayRead);
    }

    private static String url(Read read, String target, String query) {
        String path = read.prefix() + (target == null ? "" : target) + read.suffix();
        return query.isEmpty() ? path : path + "?" + query;
    }

    private static String withParameter(String url, String name, String value) {
        return url + (url.contains("?") ? "&" : "?") + name + "=" + value;
    }

    private static BadRequest get(String label, String kind, String url) {
        return new BadRequest(label, kind, "GET", url, null, null, Map.of());
    }

    private static BadRequest withKind(BadRequest request, String kind) {
        return new BadRequest(request.endpoint(), kind, request.method(), request.path(), request.contentType(),
                request.body(), request.headers());
    }
}
