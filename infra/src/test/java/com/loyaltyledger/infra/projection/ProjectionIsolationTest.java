package com.loyaltyledger.infra.projection;

import static org.assertj.core.api.Assertions.assertThat;

import com.loyaltyledger.api.account.Direction;
import com.loyaltyledger.api.account.PostingKind;
import com.loyaltyledger.api.account.PostingRecordedEvent;
import com.loyaltyledger.api.account.SystemAccount;
import com.loyaltyledger.testing.Api;
import com.loyaltyledger.testing.IntegrationTest;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.MetaData;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * A journal batch that fails when it is flushed (a reason longer than its column, as an event stored by an older
 * version might carry): the batch is taken apart, the one bad event is dead-lettered with its cause, the events of
 * other accounts in the batch are applied, a later event of the same account waits behind the dead letter, and the
 * processor reaches the head. Then the dead-letter operations: list, retry, evict (with a confirmation), retry.
 */
class ProjectionIsolationTest extends IntegrationTest {

    private static final String LETTERS = "/api/v1/admin/processors/journal/dead-letters";

    @Autowired
    private EventStore events;

    @Test
    void aBatchFailingAtItsFlushDeadLettersTheOneBadEventAndTheJournalMovesOn() {
        String good = UUID.randomUUID().toString();
        String frozen = UUID.randomUUID().toString();
        String other = UUID.randomUUID().toString();
        events.publish(List.of(
                posting(good, 0, "fine"),
                posting(frozen, 0, "x".repeat(600)),
                posting(frozen, 1, "after the bad one"),
                posting(other, 0, "also fine")));

        eventually().untilAsserted(() -> {
            assertThat(journalLines(good)).isEqualTo(1);
            assertThat(journalLines(other)).isEqualTo(1);
            assertThat(lettersOf(frozen)).hasSize(2);
        });
        assertThat(journalLines(frozen)).isZero();
        JsonNode journal = processor("journal");
        assertThat(journal.path("error").asBoolean()).isFalse();
        assertThat(journal.path("deadLetters").asLong()).isGreaterThanOrEqualTo(2);
        eventually().until(() -> processorCaughtUp("journal"));

        List<JsonNode> letters = lettersOf(frozen);
        JsonNode blocking = letters.stream().filter(l -> l.path("position").asInt() == 0).findFirst().orElseThrow();
        JsonNode waiting = letters.stream().filter(l -> l.path("position").asInt() == 1).findFirst().orElseThrow();
        assertThat(blocking.path("eventType").asString()).isEqualTo("PostingRecordedEvent");
        assertThat(blocking.path("aggregateId").asString()).isEqualTo(frozen);
        assertThat(blocking.path("aggregateSequence").asLong()).isZero();
        assertThat(blocking.path("causeMessage").asString()).startsWith("SQL state 22001").doesNotContain("xxxx");
        assertThat(blocking.path("firstAttemptAt").asString()).isNotEmpty();
        assertThat(waiting.path("causeMessage").isNull()).isTrue();
        assertThat(api.get("/actuator/health").json().path("status").asString()).isEqualTo("DEGRADED");
        assertThat(api.get("/actuator/prometheus").body()).contains("ledger_processor_dead_letters{processor=\"journal\"}");

        Api.Response retried = api.post(LETTERS + "/" + waiting.path("id").asString() + "/retry", null);
        assertThat(retried.status()).isEqualTo(200);
        assertThat(retried.json().path("applied").asInt()).isZero();
        assertThat(retried.json().path("failures").get(0).asString()).contains("SQL state 22001");
        assertThat(lettersOf(frozen)).hasSize(2);

        Api.Response unconfirmed = api.delete(LETTERS + "/" + blocking.path("id").asString());
        assertThat(unconfirmed.status()).isEqualTo(400);
        assertThat(unconfirmed.json().path("errors").get(0).path("field").asString()).isEqualTo("confirm");
        assertThat(lettersOf(frozen)).hasSize(2);
        assertThat(api.delete(LETTERS + "/" + blocking.path("id").asString() + "?confirm=true").status())
                .isEqualTo(204);

        Api.Response rest = api.post(LETTERS + "/" + waiting.path("id").asString() + "/retry", null);
        assertThat(rest.json().path("applied").asInt()).isEqualTo(1);
        assertThat(rest.json().path("failures").isEmpty()).isTrue();
        assertThat(lettersOf(frozen)).isEmpty();
        assertThat(journalLines(frozen)).isEqualTo(1);
        assertThat(api.get("/actuator/health").json().path("status").asString()).isEqualTo("UP");
    }

    @Test
    void deadLetterOperationsRefuseWhatTheyCannotDo() {
        assertThat(api.get(LETTERS + "/" + UUID.randomUUID()).status()).isEqualTo(405);
        assertThat(api.post(LETTERS + "/" + UUID.randomUUID() + "/retry", null).code())
                .isEqualTo("dead_letter.not_found");
        assertThat(api.delete(LETTERS + "/" + UUID.randomUUID() + "?confirm=true").code())
                .isEqualTo("dead_letter.not_found");
        assertThat(api.get("/api/v1/admin/processors/transfers/dead-letters").code())
                .isEqualTo("processor.no_dead_letter_queue");
        assertThat(api.get("/api/v1/admin/processors/nothing/dead-letters").code()).isEqualTo("processor.not_found");
        assertThat(api.post(LETTERS + "/retry", null).json().path("failures").isArray()).isTrue();
    }

    private static GenericDomainEventMessage<PostingRecordedEvent> posting(String account, long sequence,
                                                                           String reason) {
        return new GenericDomainEventMessage<>("Account", account, sequence, new PostingRecordedEvent(account,
                "iso-" + UUID.randomUUID(), PostingKind.DEPOSIT, Direction.CREDIT, 100, "RUB", 100 * (sequence + 1),
                100 * (sequence + 1), SystemAccount.CASH, null, reason, "API", null, LocalDate.now(), null),
                MetaData.with("actor", "isolation-test"));
    }

    private long journalLines(String account) {
        return api.get("/api/v1/journal" + Api.query(Map.of("accountId", account))).json().path("totalItems")
                .asLong();
    }

    private List<JsonNode> lettersOf(String account) {
        JsonNode page = api.get(LETTERS + "?size=500").json();
        return page.path("items").valueStream().filter(l -> l.path("aggregateId").asString().equals(account))
                .toList();
    }

    private JsonNode processor(String name) {
        return api.get("/api/v1/admin/processors").json().valueStream()
                .filter(p -> p.path("name").asString().equals(name)).findFirst().orElseThrow();
    }
}
