package com.loyaltyledger.command.card;

import static com.loyaltyledger.command.card.CardFixture.GROUP;
import static com.loyaltyledger.command.card.CardFixture.ID;
import static com.loyaltyledger.command.card.CardFixture.OTHER_GROUP;
import static com.loyaltyledger.command.card.CardFixture.details;
import static com.loyaltyledger.command.card.CardFixture.issued;
import static com.loyaltyledger.command.testing.DomainExceptionMatchers.invalidField;
import static com.loyaltyledger.command.testing.DomainExceptionMatchers.refusedWith;
import static org.assertj.core.api.Assertions.assertThat;

import com.loyaltyledger.api.card.CardDetails;
import com.loyaltyledger.api.card.CardDetailsChangedEvent;
import com.loyaltyledger.api.card.CardError;
import com.loyaltyledger.api.card.CardField;
import com.loyaltyledger.api.card.CardPinChangedEvent;
import com.loyaltyledger.api.card.CardStatus;
import com.loyaltyledger.api.card.CardStatusChangedEvent;
import com.loyaltyledger.api.card.ChangeCardDetailsCommand;
import com.loyaltyledger.api.card.ChangeCardPinCommand;
import com.loyaltyledger.api.card.ChangeCardStatusCommand;
import com.loyaltyledger.api.card.Pin;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.axonframework.test.aggregate.TestExecutor;
import org.junit.jupiter.api.Test;

/** Editing a card, its PIN and its status. */
class CardTest {

    private static final CardStatusChangedEvent BLOCKED =
            new CardStatusChangedEvent(ID, CardStatus.ACTIVE, CardStatus.BLOCKED, "lost");

    private final CardFixture cards = new CardFixture();

    private static ChangeCardDetailsCommand change(CardDetails requested, CardField... fields) {
        return new ChangeCardDetailsCommand(ID, requested, Set.of(fields));
    }

    private static CardDetails validTo(LocalDate end) {
        return new CardDetails(null, null, end, null, null, null, null);
    }

    @Test
    void changeCarriesOnlyTheChangedFieldsWithOldAndNewValues() {
        CardDetails requested = new CardDetails(GROUP, null, LocalDate.of(2028, 12, 31), "ST-02", null, null, null);
        List<CardField> changed = List.of(CardField.VALID_TO, CardField.HOME_STORE_CODE);
        fixtureGivenIssued()
                .when(change(requested, CardField.GROUP_ID, CardField.VALID_TO, CardField.HOME_STORE_CODE))
                .expectEvents(new CardDetailsChangedEvent(ID, changed, details().only(changed),
                        requested.only(changed)));
    }

    @Test
    void changeThatChangesNothingEmitsNothing() {
        fixtureGivenIssued()
                .when(change(details(), CardField.values()))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void multipliersEqualInValueAreNoChange() {
        CardDetails sameMultiplier = new CardDetails(null, null, null, null, new BigDecimal("2.000"), null, null);
        fixtureGivenIssued()
                .when(change(sameMultiplier, CardField.MULTIPLIER))
                .expectNoEvents();
    }

    @Test
    void aBlockedCardMayStillBeEdited() {
        cards.fixture.given(issued(), BLOCKED)
                .when(change(validTo(LocalDate.of(2030, 1, 1)), CardField.VALID_TO))
                .expectEvents(new CardDetailsChangedEvent(ID, List.of(CardField.VALID_TO),
                        validTo(LocalDate.of(2027, 12, 31)), validTo(LocalDate.of(2030, 1, 1))));
    }

    @Test
    void anEditMayNotEndTheValidityBeforeItStarts() {
        fixtureGivenIssued()
                .when(change(validTo(LocalDate.of(2025, 12, 31)), CardField.VALID_TO))
                .expectNoEvents()
                .expectException(invalidField("validTo"));
    }

    @Test
    void removingTheMultiplierWhileItsPeriodStaysIsRefused() {
        fixtureGivenIssued()
                .when(change(CardDetails.EMPTY, CardField.MULTIPLIER))
                .expectException(invalidField("multiplier"));
    }

    @Test
    void aCardMovesOnlyToAGroupThatExists() {
        fixtureGivenIssued()
                .when(change(new CardDetails("group-unknown", null, null, null, null, null, null),
                        CardField.GROUP_ID))
                .expectException(refusedWith(CardError.GROUP_NOT_FOUND));
        CardDetails gift = new CardDetails(OTHER_GROUP, null, null, null, null, null, null);
        fixtureGivenIssued()
                .when(change(gift, CardField.GROUP_ID))
                .expectEvents(new CardDetailsChangedEvent(ID, List.of(CardField.GROUP_ID),
                        details().only(List.of(CardField.GROUP_ID)), gift));
    }

    @Test
    void aGroupCannotBeRemoved() {
        fixtureGivenIssued()
                .when(change(CardDetails.EMPTY, CardField.GROUP_ID))
                .expectException(invalidField("groupId"));
    }

    @Test
    void aNewPinEmitsAnEventWithItsHashAndWithoutThePin() {
        Pin pin = new Pin("2718");
        fixtureGivenIssued()
                .when(new ChangeCardPinCommand(ID, pin))
                .expectEventsMatching(PublishedEvents.inspect(events -> {
                    assertThat(events).singleElement().isInstanceOf(CardPinChangedEvent.class);
                    assertThat(PublishedEvents.texts(events)).noneMatch(text -> text.contains("2718"));
                    assertThat(cards.pinHasher.matches(pin, ((CardPinChangedEvent) events.getFirst()).pinHash()))
                            .isTrue();
                }));
    }

    @Test
    void theSamePinAgainEmitsNothing() {
        Pin pin = new Pin("2718");
        cards.fixture.given(issued(), new CardPinChangedEvent(ID, cards.pinHasher.hash(pin)))
                .when(new ChangeCardPinCommand(ID, new Pin("2718")))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void aPinCanBeRemovedOnceThereIsOne() {
        cards.fixture.given(issued(), new CardPinChangedEvent(ID, cards.pinHasher.hash(new Pin("2718"))))
                .when(new ChangeCardPinCommand(ID, null))
                .expectEvents(new CardPinChangedEvent(ID, null));
        fixtureGivenIssued()
                .when(new ChangeCardPinCommand(ID, null))
                .expectNoEvents();
    }

    @Test
    void blockingNeedsAReason() {
        fixtureGivenIssued()
                .when(new ChangeCardStatusCommand(ID, CardStatus.BLOCKED, "  "))
                .expectNoEvents()
                .expectException(invalidField("reason"));
    }

    @Test
    void blocksWithAReason() {
        fixtureGivenIssued()
                .when(new ChangeCardStatusCommand(ID, CardStatus.BLOCKED, " lost "))
                .expectEvents(BLOCKED);
    }

    @Test
    void unblockingNeedsAReasonToo() {
        cards.fixture.given(issued(), BLOCKED)
                .when(new ChangeCardStatusCommand(ID, CardStatus.ACTIVE, null))
                .expectException(invalidField("reason"));
        cards.fixture.given(issued(), BLOCKED)
                .when(new ChangeCardStatusCommand(ID, CardStatus.ACCRUAL_ONLY, "found"))
                .expectEvents(new CardStatusChangedEvent(ID, CardStatus.BLOCKED, CardStatus.ACCRUAL_ONLY, "found"));
    }

    @Test
    void otherStatusChangesNeedNoReason() {
        fixtureGivenIssued()
                .when(new ChangeCardStatusCommand(ID, CardStatus.PAYMENT_ONLY, null))
                .expectEvents(new CardStatusChangedEvent(ID, CardStatus.ACTIVE, CardStatus.PAYMENT_ONLY, null));
    }

    @Test
    void theStatusItAlreadyHasEmitsNothing() {
        cards.fixture.given(issued(), BLOCKED)
                .when(new ChangeCardStatusCommand(ID, CardStatus.BLOCKED, "lost again"))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void statusIsRequired() {
        fixtureGivenIssued()
                .when(new ChangeCardStatusCommand(ID, null, "why not"))
                .expectException(invalidField("status"));
    }

    private TestExecutor<Card> fixtureGivenIssued() {
        return cards.fixture.given(issued());
    }
}
