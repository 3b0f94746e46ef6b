package com.loyaltyledger.command.card;

import static com.loyaltyledger.command.testing.DomainExceptionMatchers.invalidField;
import static com.loyaltyledger.command.testing.DomainExceptionMatchers.refusedWith;

import com.loyaltyledger.api.account.AccountKind;
import com.loyaltyledger.api.account.LedgerError;
import com.loyaltyledger.api.card.CardGroupChangedEvent;
import com.loyaltyledger.api.card.CardGroupCreatedEvent;
import com.loyaltyledger.api.card.CardGroupDetails;
import com.loyaltyledger.api.card.CardGroupField;
import com.loyaltyledger.api.card.CardType;
import com.loyaltyledger.api.card.ChangeCardGroupCommand;
import com.loyaltyledger.api.card.CreateCardGroupCommand;
import com.loyaltyledger.command.account.AccountTypeDirectory;
import com.loyaltyledger.command.account.AccountTypeFacts;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class CardGroupTest {

    private static final String ID = "group-1";
    private static final CardGroupDetails BONUS =
            new CardGroupDetails("Bonus cards", CardType.BONUS, new BigDecimal("1.5"), "account-type-bonus", true);

    private FixtureConfiguration<CardGroup> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(CardGroup.class);
        fixture.registerInjectableResource((AccountTypeDirectory) id -> id.equals("account-type-bonus")
                ? Optional.of(new AccountTypeFacts(id, "BONUS", 2, AccountKind.BONUS, null)) : Optional.empty());
    }

    private static ChangeCardGroupCommand change(CardGroupDetails requested, CardGroupField... fields) {
        return new ChangeCardGroupCommand(ID, requested, Set.of(fields));
    }

    @Test
    void createsAGroupWithItsDefaults() {
        fixture.givenNoPriorActivity()
                .when(new CreateCardGroupCommand(ID, BONUS))
                .expectEvents(new CardGroupCreatedEvent(ID, BONUS));
    }

    @Test
    void theDefaultMultiplierIsOneUnlessGiven() {
        fixture.givenNoPriorActivity()
                .when(new CreateCardGroupCommand(ID, new CardGroupDetails(" Gift ", CardType.GIFT, null, null, null)))
                .expectEvents(new CardGroupCreatedEvent(ID,
                        new CardGroupDetails("Gift", CardType.GIFT, BigDecimal.ONE, null, true)));
    }

    @Test
    void aGroupNeedsANameAndACardType() {
        fixture.givenNoPriorActivity()
                .when(new CreateCardGroupCommand(ID, new CardGroupDetails(" ", CardType.BONUS, null, null, null)))
                .expectException(invalidField("name"));
        fixture.givenNoPriorActivity()
                .when(new CreateCardGroupCommand(ID, new CardGroupDetails("Bonus", null, null, null, null)))
                .expectException(invalidField("cardType"));
    }

    @Test
    void theDefaultMultiplierMustBePositive() {
        fixture.givenNoPriorActivity()
                .when(new CreateCardGroupCommand(ID, new CardGroupDetails("Bonus", CardType.BONUS, BigDecimal.ZERO,
                        null, null)))
                .expectNoEvents()
                .expectException(invalidField("defaultMultiplier"));
    }

    @Test
    void renamingCarriesTheOldAndTheNewName() {
        CardGroupDetails renamed = new CardGroupDetails("Gold cards", null, null, null, null);
        fixture.given(new CardGroupCreatedEvent(ID, BONUS))
                .when(change(renamed, CardGroupField.NAME))
                .expectEvents(new CardGroupChangedEvent(ID, List.of(CardGroupField.NAME),
                        BONUS.only(List.of(CardGroupField.NAME)), renamed));
    }

    @Test
    void changingTheDefaultsCarriesOnlyWhatChanged() {
        CardGroupDetails requested = new CardGroupDetails("Bonus cards", CardType.DISCOUNT, new BigDecimal("1.50"),
                null, true);
        List<CardGroupField> changed = List.of(CardGroupField.CARD_TYPE, CardGroupField.BONUS_ACCOUNT_TYPE_ID);
        fixture.given(new CardGroupCreatedEvent(ID, BONUS))
                .when(change(requested, CardGroupField.values()))
                .expectEvents(new CardGroupChangedEvent(ID, changed, BONUS.only(changed), requested.only(changed)));
    }

    @Test
    void anAccountTypeThatDoesNotExistIsRefused() {
        fixture.givenNoPriorActivity()
                .when(new CreateCardGroupCommand(ID, new CardGroupDetails("Bonus", CardType.BONUS, null,
                        "no-such-type", null)))
                .expectNoEvents()
                .expectException(refusedWith(LedgerError.TYPE_NOT_FOUND));
        fixture.given(new CardGroupCreatedEvent(ID, BONUS))
                .when(change(new CardGroupDetails(null, null, null, "no-such-type", null),
                        CardGroupField.BONUS_ACCOUNT_TYPE_ID))
                .expectNoEvents()
                .expectException(refusedWith(LedgerError.TYPE_NOT_FOUND));
    }

    @Test
    void theDefaultMultiplierCannotBeRemoved() {
        fixture.given(new CardGroupCreatedEvent(ID, BONUS))
                .when(change(CardGroupDetails.EMPTY, CardGroupField.DEFAULT_MULTIPLIER))
                .expectNoEvents()
                .expectException(invalidField("defaultMultiplier"));
    }

    @Test
    void aChangeThatChangesNothingEmitsNothing() {
        fixture.given(new CardGroupCreatedEvent(ID, BONUS))
                .when(change(BONUS, CardGroupField.values()))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }
}
