package com.loyaltyledger.bench.badinput;

import com.loyaltyledger.bench.Http;
import com.loyaltyledger.bench.Ledger;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import tools.jackson.databind.JsonNode;

/**
 * The other half of the drill: input that is odd but valid — long Unicode (emoji with joiners, right-to-left marks,
 * combining marks, CJK), tabs and line breaks, every text at its longest, the largest amounts, a receipt of many
 * lines, and unique names created by several requests at once — must be accepted, and afterwards every processor
 * must have reached the head of the event stream with no dead letters and the ledger check must be clean: whatever
 * the write side accepts, every read model can store.
 */
final class AcceptedInput {

    private static final String ODD = "Zoë 👩‍💻 \u200Fשלום\u200E 李小龍 e\u0301 ☕\t";

    private final Http admin;
    private final Targets targets;
    private final String tag = UUID.randomUUID().toString().substring(0, 8);

    AcceptedInput(Http admin, Targets targets) {
        this.admin = admin;
        this.targets = targets;
    }

    /** Accepted requests sent, and the ones that were not accepted; unique creates: won and refused. */
    record Outcome(int sent, List<String> failures, int uniqueWon, int uniqueRefused) {
    }

    /** After the accepted input: the stream's head, processors behind or in error, dead letters, ledger check. */
    record Settled(long head, List<String> stuck, long deadLetters, boolean clean) {

        boolean passed() {
            return stuck.isEmpty() && deadLetters == 0 && clean;
        }
    }

    Outcome send() throws IOException, InterruptedException {
        List<String> failures = new ArrayList<>();
        int[] sent = {0};
        Accept accept = (what, response) -> {
            sent[0]++;
            if (response.status() < 200 || response.status() > 299) {
                failures.add(what + " → " + response.status() + " " + cut(response.body()));
            }
            return response;
        };
        Map<String, Object> client = new LinkedHashMap<>();
        client.put("kind", "PERSON");
        client.put("firstName", longest(ODD, 200));
        client.put("lastName", longest("Щукина-Ёлкина ", 200));
        client.put("middleName", longest("\u200F" + "אבגד", 200));
        client.put("notes", longest("line one\r\nline two\ttabbed 🎉 ", 1000));
        client.put("address", longest("улица Ленина, дом 1, кв. 2; ", 1000));
        client.put("email", "zoe" + tag + "@example.com");
        client.put("phones", List.of("+7 913 294 73 02", "8 (913) 294-73-03"));
        client.put("tags", IntStream.range(0, 50).mapToObj(i -> longest(i + " тег 🏷 ", 200)).toList());
        client.put("attributes", Map.of(longest("ключ 🔑 ", 200), longest("значение ", 1000)));
        client.put("specialDates", List.of(Map.of("date", "2000-02-29", "description", longest(ODD, 1000))));
        JsonNode registered = accept.check("a client with every text at its longest",
                admin.post("/api/v1/clients", client)).json();
        String clientId = registered.path("clientId").asString();
        accept.check("a block with a long odd reason", admin.post("/api/v1/clients/" + clientId + "/block",
                Map.of("reason", longest(ODD, 500))));
        accept.check("an unblock", admin.post("/api/v1/clients/" + clientId + "/unblock", Map.of()));
        accept.check("a change to every name", admin.send("PATCH", "/api/v1/clients/" + clientId,
                "application/json", Http.JSON.writeValueAsString(Map.of("lastName", longest("Ünïcödé ", 200)))));

        String number = ("D" + tag + "-" + "9".repeat(32)).substring(0, 32).toUpperCase();
        accept.check("a card with the longest number", admin.post("/api/v1/cards", Map.of("number", number,
                "groupId", targets.groupId(), "homeStoreCode", "S".repeat(64), "ownerId", clientId)));
        String typeId = accept.check("an account type with an odd name", admin.post("/api/v1/account-types",
                Map.of("name", longest(ODD, 200), "asset", "RUB", "kind", "DEPOSIT", "minimumBalance", "0")))
                .json().path("accountTypeId").asString();
        String accountId = accept.check("an account with the longest number", admin.post("/api/v1/accounts",
                Map.of("number", ("A" + tag + "-" + "7".repeat(64)).substring(0, 64), "name", longest(ODD, 200),
                        "accountTypeId", typeId, "ownerType", "NONE"))).json().path("accountId").asString();
        String reason = longest("причина ✅ " + ODD, 500);
        keyed(accept, "the largest deposit", "/api/v1/accounts/" + accountId + "/deposit",
                Map.of("amount", Targets.MAX_BALANCE, "reason", reason, "storeCode", "Ш".repeat(64)));
        keyed(accept, "the largest hold", "/api/v1/accounts/" + accountId + "/holds",
                Map.of("amount", Targets.MAX_BALANCE, "ttl", "PT1H", "reason", reason));
        accept.check("its release", admin.post("/api/v1/holds/" + lastKey + "/release", Map.of("reason", reason)));
        keyed(accept, "the largest withdrawal", "/api/v1/accounts/" + accountId + "/withdraw",
                Map.of("amount", Targets.MAX_BALANCE, "reason", reason));
        accept.check("a category with an odd name", admin.post("/api/v1/client-categories", Map.of("name",
                longest(tag + " " + ODD, 200), "discountPercent", "100", "bonusPercent", "100")));

        List<Map<String, Object>> lines = IntStream.range(0, 200).mapToObj(i -> Map.<String, Object>of(
                "itemCode", longest(i + "-код-", 200), "name", longest("чай 🍵 " + i + " ", 200), "quantity",
                "0.001", "price", "1000.00", "amount", "1.00", "itemGroup", longest(ODD, 200))).toList();
        accept.check("a receipt of 200 odd lines", admin.post("/api/v1/purchases", Map.of("receiptId", "R-ODD-" + tag,
                "storeCode", targets.store(), "cashier", longest(ODD, 200), "cardNumber", targets.cardNumber(),
                "total", "200.00", "lines", lines)));
        accept.check("the largest receipt", admin.post("/api/v1/purchases", Map.of("receiptId", "R-MAX-" + tag,
                "storeCode", targets.store(), "cardNumber", targets.cardNumber(), "total", "1000000000.00",
                "lines", List.of(Map.of("itemCode", "X", "name", ODD, "quantity", "1", "price", "1000000000.00",
                        "amount", "1000000000.00")))));

        int[] unique = {0, 0};
        for (Map.Entry<String, Callable<Http.Response>> race : races().entrySet()) {
            for (Http.Response response : atOnce(race.getValue(), 6)) {
                sent[0]++;
                if (response.status() == 201 || response.status() == 200) {
                    unique[0]++;
                } else if (response.status() == 409 && response.code() != null) {
                    unique[1]++;
                } else {
                    failures.add("concurrent " + race.getKey() + " → " + response.status() + " " + cut(response.body()));
                }
            }
        }
        return new Outcome(sent[0], failures, unique[0], unique[1]);
    }

    /** Six requests at once creating one name each; exactly one of each six may win. */
    private Map<String, Callable<Http.Response>> races() {
        String category = "Race " + tag;
        String account = "RACE-" + tag;
        String card = "RACE-" + tag.toUpperCase();
        String user = "race-" + tag;
        Map<String, Callable<Http.Response>> races = new LinkedHashMap<>();
        races.put("categories of one name", () -> admin.post("/api/v1/client-categories", Map.of("name", category)));
        races.put("accounts of one number", () -> admin.post("/api/v1/accounts", Map.of("number", account,
                "accountTypeId", targets.depositTypeId(), "ownerType", "NONE")));
        races.put("cards of one number", () -> admin.post("/api/v1/cards", Map.of("number", card,
                "groupId", targets.groupId())));
        races.put("users of one name", () -> admin.post("/api/v1/users", Map.of("username", user,
                "password", "a-long-password-1", "roles", List.of("OPERATOR"))));
        return races;
    }

    static Settled settle(Http admin, long head) throws IOException {
        List<String> stuck = new ArrayList<>();
        long letters = 0;
        for (JsonNode processor : admin.get("/api/v1/admin/processors").expectOk("processors").json()) {
            String name = processor.path("name").asString();
            if (processor.path("error").asBoolean() || !processor.path("running").asBoolean()) {
                stuck.add(name + " in error or stopped");
            }
            if (processor.path("kind").asString().equals("streaming") && processor.path("position").asLong() < head) {
                stuck.add(name + " at " + processor.path("position") + " of " + head);
            }
            letters += processor.path("deadLetters").asLong(0);
        }
        return new Settled(head, stuck, letters, Ledger.check(admin).path("clean").asBoolean());
    }

    private String lastKey;

    private void keyed(Accept accept, String what, String path, Map<String, Object> body) throws IOException {
        lastKey = "odd-" + UUID.randomUUID();
        accept.check(what, admin.withHeader("Idempotency-Key", lastKey).post(path, body));
    }

    @FunctionalInterface
    private interface Accept {
        Http.Response check(String what, Http.Response response);
    }

    private static List<Http.Response> atOnce(Callable<Http.Response> request, int times)
            throws InterruptedException {
        try (var pool = Executors.newFixedThreadPool(times)) {
            List<Http.Response> responses = new ArrayList<>();
            for (Future<Http.Response> future : pool.invokeAll(Collections.nCopies(times, request))) {
                try {
                    responses.add(future.get());
                } catch (ExecutionException e) {
                    responses.add(new Http.Response(0, "", "no answer: " + e.getCause()));
                }
            }
            return responses;
        }
    }

    /** {@code seed} repeated to exactly {@code length} UTF-16 units, never ending in half a surrogate pair. */
    static String longest(String seed, int length) {
        StringBuilder text = new StringBuilder();
        while (text.length() < length) {
            text.append(seed);
        }
        String cut = text.substring(0, length);
        return Character.isHighSurrogate(cut.charAt(length - 1)) ? cut.substring(0, length - 1) + "x" : cut;
    }

    private static String cut(String body) {
        return body == null ? "" : body.length() > 300 ? body.substring(0, 300) + "…" : body;
    }
}
