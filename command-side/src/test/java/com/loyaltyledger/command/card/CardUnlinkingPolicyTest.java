package com.loyaltyledger.command.card;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.loyaltyledger.api.card.UnlinkCardCommand;
import com.loyaltyledger.api.card.CardDetails;
import com.loyaltyledger.api.card.CardStatus;
import com.loyaltyledger.api.client.ClientDeletedEvent;
import com.loyaltyledger.api.common.MetadataKeys;
import com.loyaltyledger.api.client.ClientKind;
import com.loyaltyledger.command.client.ClientFacts;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.axonframework.commandhandling.gateway.DefaultCommandGateway;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.test.utils.RecordingCommandBus;
import org.junit.jupiter.api.Test;

class CardUnlinkingPolicyTest {

    private static final String CLIENT = "client-1";

    private final RecordingCommandBus commandBus = new RecordingCommandBus();
    private final Map<String, ClientFacts> clients = new HashMap<>(Map.of(CLIENT,
            new ClientFacts(CLIENT, ClientKind.PERSON, null, false, true, null)));
    private final CardUnlinkingPolicy policy = new CardUnlinkingPolicy(new InMemoryCards()
            .add(owned("card-1")).add(owned("card-2")).add(owned("card-3")),
            clientId -> Optional.ofNullable(clients.get(clientId)),
            DefaultCommandGateway.builder().commandBus(commandBus).build());

    private static CardFacts owned(String cardId) {
        return new CardFacts(cardId, cardId.toUpperCase(), CLIENT, CardStatus.ACTIVE, CardDetails.EMPTY,
                BigDecimal.ONE, null, false);
    }

    private void deleted(Map<String, String> metaData) {
        ClientDeletedEvent event = new ClientDeletedEvent(CLIENT, "left");
        policy.on(event, GenericEventMessage.asEventMessage(event).andMetaData(metaData));
    }

    @Test
    void unlinksEveryCardOfTheDeletedClientExpectingItAsOwner() {
        deleted(Map.of(MetadataKeys.ACTOR, "alice", MetadataKeys.CHANNEL, "BACK_OFFICE",
                MetadataKeys.CORRELATION_ID, "req-7"));
        assertThat(commandBus.getDispatchedCommands()).extracting(command -> (Object) command.getPayload())
                .containsExactly(new UnlinkCardCommand("card-1", CLIENT), new UnlinkCardCommand("card-2", CLIENT),
                        new UnlinkCardCommand("card-3", CLIENT));
    }

    @Test
    void theUnlinksAreTheSystemsOnBehalfOfWhoeverDeletedTheClientInTheSameCorrelation() {
        deleted(Map.of(MetadataKeys.ACTOR, "alice", MetadataKeys.CHANNEL, "BACK_OFFICE",
                MetadataKeys.CORRELATION_ID, "req-7"));
        assertThat(commandBus.getDispatchedCommands()).allSatisfy(command -> assertThat(command.getMetaData())
                .containsEntry(MetadataKeys.ACTOR, "system")
                .containsEntry(MetadataKeys.CHANNEL, "SYSTEM")
                .containsEntry(MetadataKeys.ON_BEHALF_OF, "alice")
                .containsEntry(MetadataKeys.CORRELATION_ID, "req-7"));
    }

    @Test
    void aDeletionTheSystemMadeForSomeoneKeepsThatPerson() {
        deleted(Map.of(MetadataKeys.ACTOR, "system", MetadataKeys.ON_BEHALF_OF, "bob",
                MetadataKeys.CORRELATION_ID, "req-8"));
        assertThat(commandBus.getDispatchedCommands().getFirst().getMetaData())
                .containsEntry(MetadataKeys.ON_BEHALF_OF, "bob");
    }

    @Test
    void aDeletionHandledAfterTheClientWasRestoredUnlinksNothing() {
        clients.put(CLIENT, new ClientFacts(CLIENT, ClientKind.PERSON, null, false, false, null));
        deleted(Map.of(MetadataKeys.ACTOR, "alice"));
        assertThat(commandBus.getDispatchedCommands()).isEmpty();
    }

    @Test
    void aFailedUnlinkFailsTheHandlingSoThatTheDeletionIsHandledAgain() {
        commandBus.setCallbackBehavior((command, metaData) -> {
            if (((UnlinkCardCommand) command).cardId().equals("card-2")) {
                throw new IllegalStateException("database went away");
            }
            return null;
        });
        assertThatThrownBy(() -> deleted(Map.of(MetadataKeys.ACTOR, "alice")))
                .hasMessageContaining("database went away");
    }
}
