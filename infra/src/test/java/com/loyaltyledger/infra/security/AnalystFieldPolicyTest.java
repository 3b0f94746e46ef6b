package com.loyaltyledger.infra.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.loyaltyledger.testing.Api;
import com.loyaltyledger.testing.IntegrationTest;
import com.loyaltyledger.testing.TestUsers;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * A client with a marked value in every personal field and every piece of free text about it, then every GET
 * endpoint the application serves called as ANALYST with those ids: no answer (lists, details, as-of, histories,
 * journals, exports) may hold a marked value, while an ADMIN sees them all; filters on hidden fields are refused.
 */
class AnalystFieldPolicyTest extends IntegrationTest {

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    private RequestMappingHandlerMapping mappings;

    @Test
    void anAnalystFindsNoPersonalValueAnywhere() {
        String tag = UUID.randomUUID().toString().substring(0, 8).toLowerCase(Locale.ROOT);
        String mobile = String.format("%07d", ThreadLocalRandom.current().nextInt(10_000_000));
        Map<String, Object> profile = new HashMap<>();
        profile.put("kind", "PERSON");
        profile.put("lastName", "Zqlast" + tag);
        profile.put("firstName", "Zqfirst" + tag);
        profile.put("middleName", "Zqmiddle" + tag);
        profile.put("birthDate", "1961-02-17");
        profile.put("phones", List.of("+7913" + mobile));
        profile.put("email", "zqmail" + tag + "@example.com");
        profile.put("address", "Zqaddress" + tag);
        profile.put("postalCode", "Zqpostal" + tag);
        profile.put("website", "zqsite" + tag + ".example");
        profile.put("externalId", "ZQEXT" + tag);
        profile.put("codeWord", "Zqcodeword" + tag);
        profile.put("notes", "Zqnotes" + tag);
        profile.put("document", "Zqdocument" + tag);
        profile.put("inn", "Zqinn" + tag);
        profile.put("bankAccount", "Zqbank" + tag);
        profile.put("specialDates", List.of(Map.of("date", "1999-09-09", "description", "Zqspecial" + tag)));
        profile.put("occupation", "Zqoccupation" + tag);
        profile.put("position", "Zqposition" + tag);
        profile.put("attributes", Map.of("hobby", "Zqattribute" + tag));
        String client = api.post("/api/v1/clients", profile).json().path("clientId").asString();
        assertThat(api.post("/api/v1/clients/" + client + "/block", Map.of("reason", "Zqblock" + tag)).status())
                .isEqualTo(204);
        String type = api.post("/api/v1/account-types", Map.of("name", "Zqtype " + tag, "asset", "RUB",
                "kind", "DEPOSIT", "minimumBalance", "0")).json().path("accountTypeId").asString();
        String account = api.post("/api/v1/accounts", Map.of("number", "ZQ" + tag, "name", "Zqaccount" + tag,
                "accountTypeId", type, "ownerType", "CLIENT", "ownerId", client)).json().path("accountId").asString();
        assertThat(api.withHeader("Idempotency-Key", "zq-" + tag).post("/api/v1/accounts/" + account + "/deposit",
                Map.of("amount", "10.00", "reason", "Zqposting" + tag)).status()).isEqualTo(200);
        assertThat(api.withHeader("Idempotency-Key", "zq-hold-" + tag).post("/api/v1/accounts/" + account + "/holds",
                Map.of("amount", "1.00", "ttl", "PT1H", "reason", "Zqhold" + tag)).status()).isEqualTo(201);
        String group = api.post("/api/v1/card-groups", Map.of("name", "Zq cards " + tag, "cardType", "BONUS"))
                .json().path("cardGroupId").asString();
        String number = "ZQ" + tag.toUpperCase(Locale.ROOT);
        String card = api.post("/api/v1/cards", Map.of("number", number, "groupId", group, "ownerId", client))
                .json().path("cardId").asString();
        assertThat(api.post("/api/v1/cards/" + card + "/status", Map.of("status", "BLOCKED",
                "reason", "Zqcardreason" + tag)).status()).isEqualTo(204);
        String category = api.get("/api/v1/client-categories").json().path("items").path(0).path("id").asString("x");

        List<String> markers = List.of("zqlast", "zqfirst", "zqmiddle", "1961-02-17", mobile.substring(0, 5),
                "zqmail", "zqaddress", "zqpostal", "zqsite", "zqext", "zqcodeword", "zqnotes", "zqdocument", "zqinn",
                "zqbank", "1999-09-09", "zqspecial", "zqoccupation", "zqposition", "zqattribute", "zqblock",
                "zqaccount", "zqposting", "zqhold", "zqcardreason");
        eventually().until(() -> api.get("/api/v1/journal?accountId=" + account).json().path("totalItems")
                .asInt() == 1 && api.get("/api/v1/cards/" + card).json().path("status").asString().equals("BLOCKED")
                && api.get("/api/v1/clients/" + client).json().path("blocked").asBoolean()
                && api.get("/api/v1/clients/" + client + "/history").json().path("totalItems").asInt() >= 3);

        String code = api.get("/api/v1/clients/" + client).json().path("code").asString();
        String receipt = "ZQR" + tag;
        String now = Instant.now().toString();
        String period = "?from=2000-01-01T00:00:00Z&to=2100-01-01T00:00:00Z";
        Map<String, List<String>> calls = new HashMap<>();
        calls.put("/api/v1/clients", List.of("/api/v1/clients?code=" + code,
                "/api/v1/clients?blocked=true&size=500"));
        calls.put("/api/v1/clients/{id}", List.of("/api/v1/clients/" + client, "/api/v1/clients/" + client
                + "?asOf=" + now));
        calls.put("/api/v1/clients/{id}/history", List.of("/api/v1/clients/" + client + "/history"));
        calls.put("/api/v1/clients/{id}/cards", List.of("/api/v1/clients/" + client + "/cards"));
        calls.put("/api/v1/clients/{id}/accounts", List.of("/api/v1/clients/" + client + "/accounts"));
        calls.put("/api/v1/clients/{id}/turnover", List.of("/api/v1/clients/" + client + "/turnover" + period));
        calls.put("/api/v1/clients/{id}/purchases", List.of("/api/v1/clients/" + client + "/purchases"));
        calls.put("/api/v1/cards", List.of("/api/v1/cards?ownerId=" + client));
        calls.put("/api/v1/cards/{id}", List.of("/api/v1/cards/" + card, "/api/v1/cards/" + card + "?asOf=" + now));
        calls.put("/api/v1/cards/by-number/{number}", List.of("/api/v1/cards/by-number/" + number));
        calls.put("/api/v1/cards/{id}/history", List.of("/api/v1/cards/" + card + "/history"));
        calls.put("/api/v1/card-groups", List.of("/api/v1/card-groups?size=500"));
        calls.put("/api/v1/accounts", List.of("/api/v1/accounts?ownerId=" + client));
        calls.put("/api/v1/accounts/{id}", List.of("/api/v1/accounts/" + account));
        calls.put("/api/v1/accounts/{id}/history", List.of("/api/v1/accounts/" + account + "/history"));
        calls.put("/api/v1/accounts/{id}/balance", List.of("/api/v1/accounts/" + account + "/balance"));
        calls.put("/api/v1/accounts/{id}/turnover", List.of("/api/v1/accounts/" + account + "/turnover" + period));
        calls.put("/api/v1/journal", List.of("/api/v1/journal?clientId=" + client, "/api/v1/journal?accountId="
                + account + "&format=csv"));
        calls.put("/api/v1/assets", List.of("/api/v1/assets"));
        calls.put("/api/v1/account-types", List.of("/api/v1/account-types"));
        calls.put("/api/v1/account-types/{id}", List.of("/api/v1/account-types/" + type));
        calls.put("/api/v1/transfers/{id}", List.of("/api/v1/transfers/" + receipt));
        calls.put("/api/v1/ledger/check", List.of("/api/v1/ledger/check"));
        calls.put("/api/v1/purchases/{receiptId}", List.of("/api/v1/purchases/" + receipt + "?storeCode=S1"));
        calls.put("/api/v1/client-categories", List.of("/api/v1/client-categories"));
        calls.put("/api/v1/client-categories/{id}", List.of("/api/v1/client-categories/" + category));
        calls.put("/api/v1/client-categories/{id}/history", List.of("/api/v1/client-categories/" + category
                + "/history"));
        calls.put("/api/v1/audit", List.of("/api/v1/audit?entityId=" + client, "/api/v1/audit?entityId=" + client
                + "&format=csv"));
        calls.put("/api/v1/admin/processors", List.of("/api/v1/admin/processors"));
        calls.put("/api/v1/admin/processors/{name}/dead-letters",
                List.of("/api/v1/admin/processors/journal/dead-letters"));
        calls.put("/api/v1/users", List.of("/api/v1/users"));
        calls.put("/api/v1/users/{username}", List.of("/api/v1/users/admin"));
        calls.put("/api/v1/tills", List.of("/api/v1/tills"));
        calls.put("/api/v1/tills/{tillId}", List.of("/api/v1/tills/" + receipt));

        Set<String> served = new TreeSet<>();
        mappings.getHandlerMethods().keySet().forEach(info -> info.getPatternValues().stream()
                .filter(pattern -> pattern.startsWith("/api/"))
                .filter(pattern -> info.getMethodsCondition().getMethods().contains(RequestMethod.GET))
                .forEach(served::add));
        assertThat(calls.keySet()).as("every GET endpoint, and only those, is called").isEqualTo(served);

        Api analyst = TestUsers.withRoles(api, "ANALYST");
        List<String> leaks = new ArrayList<>();
        int answered = 0;
        StringBuilder everythingAdminSees = new StringBuilder();
        for (List<String> paths : calls.values()) {
            for (String path : paths) {
                Api.Response response = analyst.get(path);
                answered += response.status() == 200 ? 1 : 0;
                String body = response.body().toLowerCase(Locale.ROOT);
                for (String marker : markers) {
                    if (body.contains(marker.toLowerCase(Locale.ROOT))) {
                        leaks.add(path + " shows " + marker);
                    }
                }
                everythingAdminSees.append(api.get(path).body().toLowerCase(Locale.ROOT));
            }
        }
        assertThat(leaks).isEmpty();
        assertThat(answered).as("the analyst reads most of them").isGreaterThanOrEqualTo(20);
        assertThat(markers).as("an admin sees every marker somewhere: the walk looks where they are")
                .allMatch(marker -> everythingAdminSees.indexOf(marker.toLowerCase(Locale.ROOT)) >= 0);
        assertThat(analyst.get("/api/v1/clients?code=" + code).json().path("items").get(0).path("primaryPhone")
                .asString()).isEqualTo("+7913*****" + mobile.substring(5));

        for (String filter : List.of("name=Zqlast", "phone=%2B7913" + mobile.substring(0, 3), "codeWord=Zqcodeword"
                + tag, "birthdayFrom=02-01&birthdayTo=02-28")) {
            Api.Response refused = analyst.get("/api/v1/clients?" + filter);
            assertThat(refused.status()).as(filter).isEqualTo(403);
            assertThat(refused.code()).isEqualTo("access.filter_not_allowed");
        }
    }
}
