package com.loyaltyledger.command.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.loyaltyledger.api.account.AccountOwner;
import com.loyaltyledger.api.account.LoyaltyAccounts;
import com.loyaltyledger.api.account.OpenAccountCommand;
import com.loyaltyledger.api.account.OwnerType;
import com.loyaltyledger.api.card.CardDetails;
import com.loyaltyledger.api.card.CardIssuedEvent;
import com.loyaltyledger.api.card.CardStatus;
import com.loyaltyledger.api.client.ClientDetails;
import com.loyaltyledger.api.client.ClientKind;
import com.loyaltyledger.api.client.ClientRegisteredEvent;
import com.loyaltyledger.api.client.ClientSource;
import com.loyaltyledger.command.card.CardFacts;
import com.loyaltyledger.command.card.InMemoryCards;
import com.loyaltyledger.command.client.InMemoryCategories;
import java.math.BigDecimal;
import org.axonframework.commandhandling.gateway.DefaultCommandGateway;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.test.utils.RecordingCommandBus;
import org.junit.jupiter.api.Test;

/**
 * The policy that opens the accounts of new cards and clients reads their group and category from the command-side
 * tables; when a table does not have them (yet), it fails so that its processor tries again, and never opens
 * nothing in silence (which had left cards without a bonus account for ever).
 */
class AccountOpeningPolicyTest {

    private final RecordingCommandBus commandBus = new RecordingCommandBus();
    private final InMemoryCards cards = new InMemoryCards();
    private final InMemoryCategories categories = new InMemoryCategories();
    private final AccountOpeningPolicy policy = new AccountOpeningPolicy(cards, categories,
            new InMemoryAccounts(), DefaultCommandGateway.builder().commandBus(commandBus).build());

    @Test
    void aCardOfAGroupWithBonusAccountsGetsOne() {
        cards.add(card("card-1", "type-1"));
        issued("card-1");
        assertThat(commandBus.getDispatchedCommands()).extracting(command -> (Object) command.getPayload())
                .containsExactly(new OpenAccountCommand(LoyaltyAccounts.ofCard("card-1"), "N-CARD-1",
                        "Bonus account of card N-CARD-1", "type-1", new AccountOwner(OwnerType.CARD, "card-1")));
    }

    @Test
    void aCardOfAGroupWithoutBonusAccountsGetsNone() {
        cards.add(card("card-2", null));
        issued("card-2");
        assertThat(commandBus.getDispatchedCommands()).isEmpty();
    }

    @Test
    void aCardMissingFromTheCommandSideTableIsTriedAgainNotSkipped() {
        assertThatThrownBy(() -> issued("card-3")).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("card card-3");
        assertThat(commandBus.getDispatchedCommands()).isEmpty();
        cards.add(card("card-3", "type-1"));
        issued("card-3");
        assertThat(commandBus.getDispatchedCommands()).hasSize(1);
    }

    @Test
    void aClientOfACategoryMissingFromTheCommandSideTableIsTriedAgainNotSkipped() {
        assertThatThrownBy(() -> registered("client-1", "gold")).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("category gold");
        categories.add("gold", "Gold", "type-2");
        registered("client-1", "gold");
        assertThat(commandBus.getDispatchedCommands()).extracting(command -> (Object) command.getPayload())
                .containsExactly(new OpenAccountCommand(LoyaltyAccounts.ofClient("client-1"), "CODE1",
                        "Account of client CODE1", "type-2", new AccountOwner(OwnerType.CLIENT, "client-1")));
    }

    @Test
    void aClientOfACategoryWithoutAnAccountTypeGetsNone() {
        categories.add("silver", "Silver");
        registered("client-2", "silver");
        assertThat(commandBus.getDispatchedCommands()).isEmpty();
    }

    private static CardFacts card(String cardId, String bonusAccountTypeId) {
        return new CardFacts(cardId, "N-" + cardId.toUpperCase(), null, CardStatus.ACTIVE, CardDetails.EMPTY,
                BigDecimal.ONE, bonusAccountTypeId, false);
    }

    private void issued(String cardId) {
        CardIssuedEvent event = new CardIssuedEvent(cardId, "N-" + cardId.toUpperCase(), CardDetails.EMPTY,
                CardStatus.ACTIVE, null);
        policy.on(event, GenericEventMessage.asEventMessage(event));
    }

    private void registered(String clientId, String categoryId) {
        ClientDetails details = new ClientDetails(null, null, null, null, null, null, null, null, null, null, null,
                null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null,
                true, categoryId, null, null);
        ClientRegisteredEvent event = new ClientRegisteredEvent(clientId, ClientKind.PERSON, ClientSource.MANUAL,
                "CODE1", details, null);
        policy.on(event, GenericEventMessage.asEventMessage(event));
    }
}
