package com.loyaltyledger.bench.badinput;

import com.loyaltyledger.bench.Http;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.random.RandomGenerator;

/**
 * The bad requests of one endpoint: its accepted request with exactly one thing broken, each of them certainly
 * wrong whatever the rest says; plus the endpoint's wrong-state requests. Random parts (ids, keys, lengths) come
 * from the given generator, so a seed repeats a run.
 */
final class Variants {

    static final String IDEMPOTENCY_KEY = "Idempotency-Key";

    private final Targets targets;
    private final RandomGenerator random;

    Variants(Targets targets, RandomGenerator random) {
        this.targets = targets;
        this.random = random;
    }

    static String unknownId() {
        return UUID.randomUUID().toString();
    }

    /** Every bad request of the endpoint, fresh random parts included. */
    List<BadRequest> of(Endpoint endpoint) {
        List<BadRequest> bad = new ArrayList<>();
        BadRequest accepted = BadRequest.json(endpoint.label(), "accepted", endpoint.method(),
                endpoint.targetPath(), endpoint.body());
        bad.add(kind(accepted, "no credentials").withHeader("Authorization", null));
        // wrong passwords and till keys are soon throttled (429): the guessed user from this address, then the address
        bad.add(kind(accepted, "wrong password").withHeader("Authorization",
                Http.basic(targets.guessed(), "wrong-password-" + random.nextInt(1_000))));
        bad.add(kind(accepted, "unknown till key").withHeader("Authorization", "Till llt_" + unknownId()));
        bad.add(kind(accepted, "a role that may not write").withHeader("Authorization",
                Http.basic(targets.analyst(), Targets.ANALYST_PASSWORD)));
        bad.addAll(credentialsAndQuery(accepted, targets));
        if (endpoint.target() != null) {
            bad.add(BadRequest.json(endpoint.label(), "control character in the path", endpoint.method(),
                    endpoint.path().apply("x%01y"), endpoint.body()));
        }
        if (endpoint.target() != null) {
            bad.add(BadRequest.json(endpoint.label(), "unknown id in the path", endpoint.method(),
                    endpoint.path().apply(unknownId()), endpoint.body()));
        }
        if (endpoint.body() != null) {
            bad.addAll(malformed(accepted, endpoint.fields().stream().anyMatch(Field::required)));
            bad.add(withBody(accepted, "unknown field", with(endpoint.body(), "unexpectedField", 1)));
            bad.add(raw(accepted, "a key given twice", "application/json", duplicateFirstKey(accepted.body())));
            for (Field field : endpoint.fields()) {
                bad.addAll(broken(accepted, endpoint.body(), field));
            }
        }
        if (endpoint.keyed()) {
            bad.add(kind(accepted, "no idempotency key").withoutHeader(IDEMPOTENCY_KEY));
            bad.add(kind(accepted, "idempotency key with spaces").withHeader(IDEMPOTENCY_KEY, "a bad key"));
            bad.add(kind(accepted, "idempotency key used for another request")
                    .withHeader(IDEMPOTENCY_KEY, targets.tag() + "-dep"));
        }
        bad.addAll(endpoint.wrongStates());
        // a request that moves value needs a key of its own, or it would be refused for the missing key alone
        return bad.stream().map(request -> endpoint.keyed() && !request.kind().contains("idempotency key")
                ? request.withHeader(IDEMPOTENCY_KEY, "drill-" + Long.toHexString(random.nextLong())) : request)
                .toList();
    }

    /** Broken bodies; an empty one only where a field is required, since an optional body may be left out. */
    private List<BadRequest> malformed(BadRequest accepted, boolean bodyRequired) {
        String json = accepted.body();
        List<BadRequest> bad = new ArrayList<>(List.of(
                raw(accepted, "truncated JSON", "application/json", json.substring(0, json.length() - 1)),
                raw(accepted, "trailing garbage", "application/json", json + " }{"),
                raw(accepted, "not JSON", "application/json", "amount=10&reason=drill"),
                raw(accepted, "an array for the body", "application/json", "[" + json + "]"),
                raw(accepted, "JSON sent as text/plain", "text/plain", json)));
        if (bodyRequired) {
            bad.add(raw(accepted, "empty body", "application/json", ""));
        }
        return bad;
    }

    private List<BadRequest> broken(BadRequest accepted, Map<String, Object> body, Field field) {
        String name = field.name();
        List<BadRequest> bad = new ArrayList<>();
        Object wrongType = switch (field.kind()) {
            case TEXT_LIST, INTEGER_LIST, OBJECT_LIST -> "not a list";
            default -> Map.of("nested", true);
        };
        bad.add(withBody(accepted, "wrong type for " + name, with(body, name, wrongType)));
        if (field.required()) {
            Map<String, Object> without = new LinkedHashMap<>(body);
            without.remove(name);
            bad.add(withBody(accepted, "missing " + name, without));
        }
        String huge = "x".repeat(20_000 + random.nextInt(180_000));
        switch (field.kind()) {
            case TEXT, REFERENCE -> {
                bad.add(withBody(accepted, "huge string in " + name, with(body, name, huge)));
                bad.addAll(unstorable(accepted, body, name, false));
            }
            case TEXT_LIST -> {
                bad.add(withBody(accepted, "huge string in " + name, with(body, name, List.of(huge))));
                bad.addAll(unstorable(accepted, body, name, true));
            }
            case ENUM -> bad.add(withBody(accepted, "unknown value of " + name, with(body, name, "NOT_A_VALUE")));
            case AMOUNT, BALANCE, DECIMAL -> {
                bad.add(withBody(accepted, "not a number in " + name, with(body, name, "12,5O")));
                bad.add(withBody(accepted, "huge number in " + name, with(body, name, new BigDecimal("1e400"))));
                bad.add(withBody(accepted, "30-digit number in " + name, with(body, name,
                        "123456789012345678901234567890.00")));
            }
            case INTEGER -> bad.add(withBody(accepted, "huge number in " + name, with(body, name,
                    new BigDecimal("123456789012345678901234567890"))));
            case DATE -> {
                bad.add(withBody(accepted, "impossible date in " + name, with(body, name, "2026-02-30")));
                bad.add(withBody(accepted, "a day beyond the year 9999 in " + name, with(body, name,
                        "+99999-01-01")));
            }
            case INSTANT -> {
                bad.add(withBody(accepted, "not a moment in " + name, with(body, name, "tomorrow")));
                bad.add(withBody(accepted, "a moment beyond the year 9999 in " + name, with(body, name,
                        "+99999-01-01T00:00:00Z")));
            }
            case DURATION -> bad.add(withBody(accepted, "negative duration in " + name, with(body, name, "-PT5M")));
            case INTEGER_LIST -> bad.add(withBody(accepted, "text in " + name, with(body, name, List.of("one"))));
            case OBJECT_LIST -> bad.add(withBody(accepted, "empty " + name, with(body, name, List.of())));
            case BOOLEAN -> bad.add(withBody(accepted, "text for " + name, with(body, name, "yes")));
        }
        if (field.kind() == Field.Kind.AMOUNT) {
            bad.add(withBody(accepted, "negative " + name, with(body, name, "-10.00")));
            bad.add(withBody(accepted, "zero " + name, with(body, name, "0")));
        }
        if (field.kind() == Field.Kind.AMOUNT || field.kind() == Field.Kind.BALANCE) {
            bad.add(withBody(accepted, "more decimals than the asset's scale in " + name, with(body, name, "1.001")));
            bad.add(withBody(accepted, "a JSON number for " + name, with(body, name, new BigDecimal("10.00"))));
            bad.add(withBody(accepted, "an amount padded with spaces in " + name, with(body, name, " 10.00")));
        }
        if (field.kind() == Field.Kind.REFERENCE) {
            bad.add(withBody(accepted, "unknown " + name, with(body, name, unknownId())));
        }
        return bad;
    }

    /**
     * Credentials no hash function takes or no header holds, and a query string the endpoint does not declare. The
     * overlong password is the guessed user's: a failed login of the admin would soon lock the drill's own admin out.
     */
    static List<BadRequest> credentialsAndQuery(BadRequest accepted, Targets targets) {
        String separator = accepted.path().contains("?") ? "&" : "?";
        List<BadRequest> bad = new ArrayList<>(List.of(
                kind(accepted, "a password of 300 bytes").withHeader("Authorization",
                        Http.basic(targets.guessed(), "я".repeat(150))),
                path(accepted, "unknown query parameter", accepted.path() + separator + "unexpected=1"),
                path(accepted, "NUL in a query parameter", accepted.path() + separator + "unexpected=%00")));
        if (accepted.body() == null) {
            // Tomcat answers headers beyond its limit and closes: a client still sending a body sees a reset
            bad.add(kind(accepted, "a user name of 20,000 characters").withHeader("Authorization",
                    Http.basic("u".repeat(20_000), "a-long-password-1")));
        }
        return bad;
    }

    /** Text no store can hold: a NUL, another control character, an unpaired surrogate (sent as JSON escapes). */
    private static List<BadRequest> unstorable(BadRequest accepted, Map<String, Object> body, String name,
                                               boolean list) {
        List<BadRequest> bad = new ArrayList<>();
        for (String[] text : new String[][]{{"NUL", "\\u0000"}, {"a control character", "\\u0007"},
                {"an unpaired surrogate", "\\ud800"}}) {
            String placeholder = "drill-" + UUID.randomUUID();
            String json = Http.JSON.writeValueAsString(with(body, name, list ? List.of(placeholder) : placeholder))
                    .replace(placeholder, "drill" + text[1]);
            bad.add(raw(accepted, text[0] + " in " + name, "application/json", json));
        }
        return bad;
    }

    private static String duplicateFirstKey(String json) {
        int end = json.indexOf(',');
        return end < 0 || !json.startsWith("{") ? json.replaceFirst("\\{", "{\"a\":1,\"a\":2,")
                : json.substring(0, end + 1) + json.substring(1, end + 1) + json.substring(end + 1);
    }

    private static BadRequest path(BadRequest request, String kind, String path) {
        return new BadRequest(request.endpoint(), kind, request.method(), path, request.contentType(),
                request.body(), request.headers());
    }

    private static Map<String, Object> with(Map<String, Object> body, String name, Object value) {
        Map<String, Object> changed = new LinkedHashMap<>(body);
        changed.put(name, value);
        return changed;
    }

    private static BadRequest kind(BadRequest request, String kind) {
        return new BadRequest(request.endpoint(), kind, request.method(), request.path(), request.contentType(),
                request.body(), request.headers());
    }

    private static BadRequest withBody(BadRequest request, String kind, Map<String, Object> body) {
        return raw(request, kind, "application/json", Http.JSON.writeValueAsString(body));
    }

    private static BadRequest raw(BadRequest request, String kind, String contentType, String body) {
        return new BadRequest(request.endpoint(), kind, request.method(), request.path(), contentType, body,
                request.headers());
    }
}
