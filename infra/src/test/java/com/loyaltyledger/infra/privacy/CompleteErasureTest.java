package com.loyaltyledger.infra.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.IThrowableProxy;
import ch.qos.logback.core.read.ListAppender;
import com.loyaltyledger.testing.Api;
import com.loyaltyledger.testing.IntegrationTest;
import com.loyaltyledger.testing.TestDatabase;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Erasure leaves no trace: a client with a marked value in every personal field and in every piece of free text
 * written about it (notes, attributes, block, unblock and delete reasons, its account's name, posting and hold
 * reasons, its card's status reason) is erased; then a {@code pg_dump} of the whole schema, taken after the vacuum
 * job ran, and everything logged meanwhile hold none of the marks, in text or as the hex of a bytea. The client
 * keeps its code, account and balance, registers again, and is erased again; an employee keeps their name.
 */
class CompleteErasureTest extends IntegrationTest {

    private static final Pattern URL = Pattern.compile("jdbc:postgresql://([^:/]+)(?::(\\d+))?/([^?]+).*");

    private final TestDatabase database = TestDatabase.get();

    @Autowired
    private ErasureVacuum vacuum;

    @Autowired
    private JdbcTemplate jdbc;

    @Test
    void anErasedClientLeavesNoTraceInTheDatabaseNorTheLogsAndMayComeBackAndGoAgain() throws Exception {
        assumeTrue(database.isPostgres(), "dumps PostgreSQL");
        ListAppender<ILoggingEvent> logs = new ListAppender<>();
        Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        logs.start();
        root.addAppender(logs);
        try {
            String tag = UUID.randomUUID().toString().substring(0, 8);
            List<String> marks = new ArrayList<>();
            String client = register(tag, marks);
            String code = api.get("/api/v1/clients/" + client).json().path("code").asString();
            String account = traces(client, tag, marks);
            failedStatementCarriesNoValues("Zqfailed" + tag);

            Instant beforeErasure = Instant.now();
            assertThat(api.post("/api/v1/clients/" + client + "/erase-personal-data", null).status()).isEqualTo(204);
            Api.Response patch = api.patch("/api/v1/clients/" + client, Map.of("notes", "again"));
            assertThat(patch.status()).isEqualTo(409);
            assertThat(patch.code()).isEqualTo("client.personal_data_erased");
            awaitScrubbed(client, account);
            awaitVacuumAfter(beforeErasure);

            assertThat(findIn(dump(), marks)).as("in the dump").isEmpty();
            assertThat(findIn(logged(logs), marks)).as("in the logs").isEmpty();
            assertThat(api.get("/api/v1/clients/" + client).json().path("code").asString()).isEqualTo(code);
            assertThat(api.get("/api/v1/accounts/" + account).json().path("balance").asString()).isEqualTo("10.00");

            // registered again: a new key, visible again, erasable again
            Map<String, Object> again = Map.of("lastName", "Zqagain" + tag, "firstName", "Zqagainfirst" + tag,
                    "notes", "Zqagainnotes" + tag);
            assertThat(api.post("/api/v1/clients/" + client + "/re-register", again).status()).isEqualTo(204);
            eventually().until(() -> api.get("/api/v1/clients/" + client).json().path("lastName").asString()
                    .equals("Zqagain" + tag));
            assertThat(api.patch("/api/v1/clients/" + client, Map.of("middleName", "Zqagainmiddle" + tag)).status())
                    .isEqualTo(204);
            assertThat(api.get("/api/v1/journal?clientId=" + client).json().path("totalItems").asInt())
                    .as("what happened before the erasure is not the re-registered client's").isZero();
            assertThat(api.get("/api/v1/accounts/" + account).json().path("balance").asString()).isEqualTo("10.00");
            eventually().until(() -> "Zqagainmiddle".concat(tag).equals(api.get("/api/v1/clients/" + client).json()
                    .path("middleName").asString()));

            Instant beforeSecond = Instant.now();
            assertThat(api.post("/api/v1/clients/" + client + "/erase-personal-data", null).status()).isEqualTo(204);
            eventually().until(() -> api.get("/api/v1/clients/" + client).json().path("lastName").isNull());
            awaitScrubbed(client, account);
            awaitVacuumAfter(beforeSecond);
            assertThat(findIn(dump(), List.of("Zqagain" + tag, "Zqagainnotes" + tag, "Zqagainmiddle" + tag)))
                    .isEmpty();
        } finally {
            root.detachAppender(logs);
        }
    }

    @Test
    void anEmployeeOfAnOrganisationKeepsTheirNameButNotTheRest() {
        String org = api.post("/api/v1/clients", Map.of("kind", "ORGANIZATION", "organizationName", "Taxi Park"))
                .json().path("clientId").asString();
        eventually().until(() -> api.get("/api/v1/clients/" + org).status() == 200);
        String mobile = "913" + String.format("%07d", ThreadLocalRandom.current().nextInt(10_000_000));
        String employee = api.post("/api/v1/clients", Map.of("kind", "PERSON", "lastName", "Driverov",
                "firstName", "Pavel", "parentId", org, "phones", List.of("+7" + mobile), "notes", "night shifts"))
                .json().path("clientId").asString();
        eventually().until(() -> api.get("/api/v1/clients/" + employee).status() == 200);
        assertThat(api.post("/api/v1/clients/" + employee + "/erase-personal-data", null).status()).isEqualTo(204);
        eventually().until(() -> !api.get("/api/v1/clients/" + employee).json().path("personalDataErasedAt")
                .isNull());
        var erased = api.get("/api/v1/clients/" + employee).json();
        assertThat(erased.path("lastName").asString()).isEqualTo("Driverov");
        assertThat(erased.path("firstName").asString()).isEqualTo("Pavel");
        assertThat(erased.path("phones")).isEmpty();
        assertThat(erased.path("notes").isNull()).isTrue();
        eventually().until(() -> api.get("/api/v1/clients/" + employee + "/history").body().contains("erased"));
        assertThat(api.get("/api/v1/clients/" + employee + "/history").body()).contains("Driverov")
                .doesNotContain(mobile).doesNotContain("night shifts");
    }

    /** A client with a marked value in every field of its profile; the marks are added to {@code marks}. */
    private String register(String tag, List<String> marks) {
        Map<String, Object> profile = new HashMap<>();
        profile.put("kind", "PERSON");
        for (String field : List.of("lastName", "firstName", "middleName", "address", "postalCode", "codeWord",
                "notes", "document", "inn", "bankAccount", "occupation", "position")) {
            profile.put(field, mark(field, tag, marks));
        }
        profile.put("website", mark("site", tag, marks) + ".example");
        profile.put("email", mark("mail", tag, marks) + "@example.com");
        String mobile = "913" + String.format("%07d", ThreadLocalRandom.current().nextInt(10_000_000));
        marks.add(mobile);
        profile.put("phones", List.of("+7" + mobile));
        profile.put("birthDate", "1958-11-23");
        marks.add("1958-11-23");
        profile.put("specialDates", List.of(Map.of("date", "1981-06-30", "description", mark("special", tag, marks))));
        marks.add("1981-06-30");
        profile.put("attributes", Map.of("hobby", mark("attribute", tag, marks)));
        profile.put("consents", Map.of("sms", true));
        Api.Response registered = api.post("/api/v1/clients", profile);
        assertThat(registered.status()).as(registered.toString()).isEqualTo(201);
        String client = registered.json().path("clientId").asString();
        eventually().until(() -> api.get("/api/v1/clients/" + client).status() == 200);
        assertThat(api.patch("/api/v1/clients/" + client, Map.of("notes", mark("newnotes", tag, marks))).status())
                .isEqualTo(204);
        return client;
    }

    /** Free text about the client everywhere it can be written; answers its account. */
    private String traces(String client, String tag, List<String> marks) {
        assertThat(api.post("/api/v1/clients/" + client + "/block", Map.of("reason", mark("block", tag, marks)))
                .status()).isEqualTo(204);
        assertThat(api.post("/api/v1/clients/" + client + "/unblock", Map.of("reason", mark("unblock", tag, marks)))
                .status()).isEqualTo(204);
        assertThat(api.delete("/api/v1/clients/" + client + "?reason=" + mark("delete", tag, marks)).status())
                .isEqualTo(204);
        assertThat(api.post("/api/v1/clients/" + client + "/restore", null).status()).isEqualTo(204);
        String type = api.post("/api/v1/account-types", Map.of("name", "Erasure " + tag, "asset", "RUB",
                "kind", "DEPOSIT", "minimumBalance", "0")).json().path("accountTypeId").asString();
        String account = api.post("/api/v1/accounts", Map.of("number", "E" + tag, "name", mark("account", tag, marks),
                "accountTypeId", type, "ownerType", "CLIENT", "ownerId", client)).json().path("accountId").asString();
        assertThat(api.withHeader("Idempotency-Key", "e-dep-" + tag).post("/api/v1/accounts/" + account + "/deposit",
                Map.of("amount", "10.00", "reason", mark("posting", tag, marks))).status()).isEqualTo(200);
        assertThat(api.withHeader("Idempotency-Key", "e-hold-" + tag).post("/api/v1/accounts/" + account + "/holds",
                Map.of("amount", "1.00", "ttl", "PT1H", "reason", mark("hold", tag, marks))).status()).isEqualTo(201);
        assertThat(api.post("/api/v1/holds/e-hold-" + tag + "/release", Map.of("reason", mark("release", tag, marks)))
                .status()).isEqualTo(200);
        String group = api.post("/api/v1/card-groups", Map.of("name", "Erasure " + tag, "cardType", "BONUS"))
                .json().path("cardGroupId").asString();
        String card = api.post("/api/v1/cards", Map.of("number", "E" + tag.toUpperCase(Locale.ROOT), "groupId", group,
                "ownerId", client)).json().path("cardId").asString();
        assertThat(api.post("/api/v1/cards/" + card + "/status", Map.of("status", "ACCRUAL_ONLY",
                "reason", mark("cardstatus", tag, marks))).status()).isEqualTo(204);
        eventually().until(() -> api.get("/api/v1/journal?accountId=" + account).json().path("totalItems").asInt() == 1
                && "ACCRUAL_ONLY".equals(api.get("/api/v1/cards/" + card).json().path("status").asString())
                && api.get("/api/v1/accounts/" + account).json().path("holds").isEmpty()
                && api.get("/api/v1/clients/" + client + "/history?size=100").json().path("totalItems").asInt() >= 6);
        return account;
    }

    /** A failed statement's exception (what a failed projection batch logs) holds none of the row's values. */
    private void failedStatementCarriesNoValues(String value) {
        try {
            jdbc.batchUpdate("insert into client_view_tag (client_id, tag) values (?, ?)",
                    List.<Object[]>of(new Object[]{"no-such-client", value}));
            throw new AssertionError("the insert should have failed");
        } catch (DataAccessException e) {
            for (Throwable cause = e; cause != null; cause = cause.getCause()) {
                assertThat(String.valueOf(cause.getMessage())).doesNotContain(value);
            }
        }
    }

    private void awaitScrubbed(String client, String account) {
        eventually().until(() -> !api.get("/api/v1/clients/" + client).json().path("personalDataErasedAt").isNull()
                && api.get("/api/v1/accounts/" + account).json().path("name").isNull()
                && api.get("/api/v1/journal?accountId=" + account).json().path("items").path(0).path("reason").isNull()
                && api.get("/api/v1/clients/" + client + "/history?size=100").body().contains("Personal data erased"));
    }

    private void awaitVacuumAfter(Instant moment) {
        eventually().until(() -> {
            vacuum.vacuumIfRequested();
            Timestamp done = jdbc.queryForObject("select done_at from erasure_vacuum where id = 1", Timestamp.class);
            return done != null && !done.toInstant().isBefore(moment);
        });
        Timestamp vacuumed = jdbc.queryForObject("select last_vacuum from pg_stat_user_tables where relname = "
                + "'client_view' and schemaname = current_schema()", Timestamp.class);
        assertThat(vacuumed).isNotNull();
    }

    private String dump() throws IOException, InterruptedException {
        Matcher url = URL.matcher(database.url());
        assertThat(url.matches()).as(database.url()).isTrue();
        ProcessBuilder command = new ProcessBuilder("pg_dump", "-h", url.group(1), "-p",
                url.group(2) == null ? "5432" : url.group(2), "-U", database.username(), "-n", database.schema(),
                url.group(3)).redirectErrorStream(true);
        if (database.password() != null && !database.password().isEmpty()) {
            command.environment().put("PGPASSWORD", database.password());
        }
        Process process = command.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor()).as(output.length() > 2000 ? output.substring(0, 2000) : output).isZero();
        assertThat(output).contains("domain_event_entry").contains("client_view");
        return output;
    }

    private static String logged(ListAppender<ILoggingEvent> logs) {
        StringBuilder text = new StringBuilder();
        for (ILoggingEvent event : List.copyOf(logs.list)) {
            text.append(event.getFormattedMessage()).append('\n');
            for (IThrowableProxy cause = event.getThrowableProxy(); cause != null; cause = cause.getCause()) {
                text.append(cause.getMessage()).append('\n');
            }
        }
        return text.toString();
    }

    /** The marks found in the text, as they are or as the hex of their bytes (how a dump shows bytea). */
    private static List<String> findIn(String text, List<String> marks) {
        String lower = text.toLowerCase(Locale.ROOT);
        List<String> found = new ArrayList<>();
        for (String mark : marks) {
            String hex = HexFormat.of().formatHex(mark.getBytes(StandardCharsets.UTF_8));
            if (lower.contains(mark.toLowerCase(Locale.ROOT)) || lower.contains(hex)) {
                found.add(mark);
            }
        }
        return found;
    }

    private static String mark(String what, String tag, List<String> marks) {
        String mark = "Zq" + what + tag;
        marks.add(mark);
        return mark;
    }
}
