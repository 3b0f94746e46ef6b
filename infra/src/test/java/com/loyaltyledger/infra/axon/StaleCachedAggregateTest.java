package com.loyaltyledger.infra.axon;

import static org.assertj.core.api.Assertions.assertThat;

import com.loyaltyledger.api.account.AccountUnblockedEvent;
import com.loyaltyledger.api.card.CardStatus;
import com.loyaltyledger.api.card.CardStatusChangedEvent;
import com.loyaltyledger.api.common.MetadataKeys;
import com.loyaltyledger.testing.Api;
import com.loyaltyledger.testing.IntegrationTest;
import java.util.Map;
import java.util.UUID;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Another instance changes an aggregate this instance has cached (here: events appended to the event store
 * directly, past the cache). A command that this instance then decides on its cached copy without appending — a
 * refusal, or "nothing to change" — is found out, retried on fresh state, and answers as the fresh state says.
 */
class StaleCachedAggregateTest extends IntegrationTest {

    @Autowired
    private EventStore eventStore;

    @Test
    void aRefusalMadeOnAStaleCopyIsTriedAgainOnFreshState() {
        String type = created(api.post("/api/v1/account-types", Map.of("name", "Stale " + UUID.randomUUID(),
                "asset", "RUB", "kind", "DEPOSIT", "minimumBalance", "0")), "accountTypeId");
        String account = created(api.post("/api/v1/accounts", Map.of("number", "ST" + UUID.randomUUID()
                .toString().substring(0, 16), "name", "Stale", "accountTypeId", type)), "accountId");
        assertThat(deposit(account, "100.00").status()).isEqualTo(200);
        assertThat(api.post("/api/v1/accounts/" + account + "/block", Map.of("reason", "check")).status())
                .isEqualTo(204);

        elsewhere(account, "Account", new AccountUnblockedEvent(account, "unblocked on another instance"));

        Api.Response withdrawal = api.withHeader("Idempotency-Key", UUID.randomUUID().toString())
                .post("/api/v1/accounts/" + account + "/withdraw", Map.of("amount", "10.00"));
        assertThat(withdrawal.status()).as(withdrawal.toString()).isEqualTo(200);
        assertThat(withdrawal.json().path("balance").asString()).isEqualTo("90.00");
    }

    @Test
    void nothingToChangeOnAStaleCopyIsTriedAgainOnFreshState() {
        String group = created(api.post("/api/v1/card-groups", Map.of("name", "Stale " + UUID.randomUUID(),
                "cardType", "BONUS")), "cardGroupId");
        String card = created(api.post("/api/v1/cards", Map.of("number", "ST" + UUID.randomUUID().toString()
                .substring(0, 12), "groupId", group)), "cardId");

        elsewhere(card, "Card", new CardStatusChangedEvent(card, CardStatus.ACTIVE, CardStatus.BLOCKED,
                "blocked on another instance"));

        // the cached card is ACTIVE still: without the check this changed nothing and the card stayed blocked
        Api.Response activated = api.post("/api/v1/cards/" + card + "/status", Map.of("status", "ACTIVE",
                "reason", "found again"));
        assertThat(activated.status()).as(activated.toString()).isEqualTo(204);
        assertThat(eventStore.readEvents(card).asStream().map(event -> event.getPayload()).toList().getLast())
                .isEqualTo(new CardStatusChangedEvent(card, CardStatus.BLOCKED, CardStatus.ACTIVE, "found again"));
    }

    /** What another instance sharing the event store would have appended, unseen by this one's cache. */
    private void elsewhere(String aggregateId, String type, Object event) {
        long next = eventStore.lastSequenceNumberFor(aggregateId).orElseThrow() + 1;
        eventStore.publish(new GenericDomainEventMessage<>(type, aggregateId, next, event, Map.of(
                MetadataKeys.ACTOR, "operator-elsewhere", MetadataKeys.CHANNEL, "BACK_OFFICE",
                MetadataKeys.CORRELATION_ID, UUID.randomUUID().toString())));
    }

    private Api.Response deposit(String account, String amount) {
        return api.withHeader("Idempotency-Key", UUID.randomUUID().toString())
                .post("/api/v1/accounts/" + account + "/deposit", Map.of("amount", amount));
    }

    private static String created(Api.Response response, String idField) {
        assertThat(response.status()).as(response.toString()).isEqualTo(201);
        return response.json().path(idField).asString();
    }
}
