package com.loyaltyledger.command.card;

import static com.loyaltyledger.command.card.CardFixture.ALICE;
import static com.loyaltyledger.command.card.CardFixture.DELETED_CLIENT;
import static com.loyaltyledger.command.card.CardFixture.GROUP;
import static com.loyaltyledger.command.card.CardFixture.ID;
import static com.loyaltyledger.command.card.CardFixture.details;
import static com.loyaltyledger.command.testing.DomainExceptionMatchers.invalidField;
import static com.loyaltyledger.command.testing.DomainExceptionMatchers.refusedWith;
import static org.assertj.core.api.Assertions.assertThat;

import com.loyaltyledger.api.card.CardDetails;
import com.loyaltyledger.api.card.CardError;
import com.loyaltyledger.api.card.CardIssuedEvent;
import com.loyaltyledger.api.card.CardLinkedEvent;
import com.loyaltyledger.api.card.CardStatus;
import com.loyaltyledger.api.card.IssueCardCommand;
import com.loyaltyledger.api.card.IssuedCard;
import com.loyaltyledger.api.card.Pin;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class CardIssuingTest {

    private final CardFixture cards = new CardFixture();

    private static IssueCardCommand issue(String number, CardDetails details) {
        return new IssueCardCommand(ID, number, details, null, null);
    }

    private static CardDetails withValidity(LocalDate from, LocalDate to) {
        return new CardDetails(GROUP, from, to, null, null, null, null);
    }

    @Test
    void issuesACardIntoItsGroupAndAnswersWithTheNumberAsStored() {
        cards.fixture.givenNoPriorActivity()
                .when(issue("  ab-2000.x_1 ", details()))
                .expectSuccessfulHandlerExecution()
                .expectEvents(new CardIssuedEvent(ID, "AB-2000.X_1", details(), CardStatus.ACTIVE, null))
                .expectResultMessagePayload(new IssuedCard(ID, "AB-2000.X_1"));
        assertThat(cards.numbers).containsEntry("AB-2000.X_1", ID);
    }

    @Test
    void anInitialOwnerIsLinkedRightAway() {
        cards.fixture.givenNoPriorActivity()
                .when(new IssueCardCommand(ID, "777", details(), null, ALICE))
                .expectEvents(new CardIssuedEvent(ID, "777", details(), CardStatus.ACTIVE, null),
                        new CardLinkedEvent(ID, "777", ALICE));
    }

    @Test
    void aTakenNumberIsRefusedAndNothingIsIssued() {
        cards.numbers.put("777", "card-0");
        cards.fixture.givenNoPriorActivity()
                .when(issue(" 777 ", details()))
                .expectNoEvents()
                .expectException(refusedWith(CardError.NUMBER_TAKEN));
    }

    @Test
    void numberIsRequired() {
        cards.fixture.givenNoPriorActivity()
                .when(issue("   ", details()))
                .expectNoEvents()
                .expectException(invalidField("number"));
    }

    @Test
    void numberIsAtMostThirtyTwoCharacters() {
        cards.fixture.givenNoPriorActivity()
                .when(issue("1".repeat(33), details()))
                .expectException(invalidField("number"));
        cards.fixture.givenNoPriorActivity()
                .when(issue("1".repeat(32), details()))
                .expectSuccessfulHandlerExecution();
    }

    @Test
    void numberIsDigitsOrBarcodeTextWithoutSpacesOrSlashes() {
        cards.fixture.givenNoPriorActivity()
                .when(issue("12 34", details()))
                .expectException(invalidField("number"));
        cards.fixture.givenNoPriorActivity()
                .when(issue("12/34", details()))
                .expectException(invalidField("number"));
    }

    @Test
    void aCardMustBelongToAGroup() {
        cards.fixture.givenNoPriorActivity()
                .when(issue("777", CardDetails.EMPTY))
                .expectException(invalidField("groupId"));
    }

    @Test
    void theGroupMustExist() {
        cards.fixture.givenNoPriorActivity()
                .when(issue("777", new CardDetails("group-unknown", null, null, null, null, null, null)))
                .expectNoEvents()
                .expectException(refusedWith(CardError.GROUP_NOT_FOUND));
        assertThat(cards.numbers).isEmpty();
    }

    @Test
    void validityCannotEndBeforeItStarts() {
        cards.fixture.givenNoPriorActivity()
                .when(issue("777", withValidity(LocalDate.of(2026, 5, 1), LocalDate.of(2026, 4, 30))))
                .expectNoEvents()
                .expectException(invalidField("validTo"));
    }

    @Test
    void validityMayBeOneDayOrOpenEnded() {
        cards.fixture.givenNoPriorActivity()
                .when(issue("777", withValidity(LocalDate.of(2026, 5, 1), LocalDate.of(2026, 5, 1))))
                .expectSuccessfulHandlerExecution();
        cards.fixture.givenNoPriorActivity()
                .when(issue("778", withValidity(null, LocalDate.of(2026, 5, 1))))
                .expectSuccessfulHandlerExecution();
    }

    @Test
    void multiplierMustBePositiveWithAtMostFourDecimals() {
        for (String bad : List.of("0", "-1", "1.00001", "1000.5")) {
            cards.fixture.givenNoPriorActivity()
                    .when(issue("777", new CardDetails(GROUP, null, null, null, new BigDecimal(bad), null, null)))
                    .expectException(invalidField("multiplier"));
        }
    }

    @Test
    void multiplierPeriodNeedsAMultiplierAndAnEndNotBeforeItsStart() {
        cards.fixture.givenNoPriorActivity()
                .when(issue("777", new CardDetails(GROUP, null, null, null, null, LocalDate.of(2026, 1, 1), null)))
                .expectException(invalidField("multiplier"));
        cards.fixture.givenNoPriorActivity()
                .when(issue("777", new CardDetails(GROUP, null, null, null, BigDecimal.TWO,
                        LocalDate.of(2026, 2, 1), LocalDate.of(2026, 1, 31))))
                .expectException(invalidField("multiplierTo"));
    }

    @Test
    void anInitialOwnerMustExistAndNotBeDeleted() {
        cards.fixture.givenNoPriorActivity()
                .when(new IssueCardCommand(ID, "777", details(), null, "client-unknown"))
                .expectNoEvents()
                .expectException(refusedWith(CardError.CLIENT_NOT_FOUND));
        cards.fixture.givenNoPriorActivity()
                .when(new IssueCardCommand(ID, "777", details(), null, DELETED_CLIENT))
                .expectNoEvents()
                .expectException(refusedWith(CardError.CLIENT_DELETED));
    }

    @Test
    void thePinIsNeverInAnEventOnlyASaltedHashOfIt() {
        Pin pin = new Pin("481516");
        cards.fixture.givenNoPriorActivity()
                .when(new IssueCardCommand(ID, "777", details(), pin, null))
                .expectEventsMatching(PublishedEvents.inspect(events -> {
                    CardIssuedEvent issued = (CardIssuedEvent) events.getFirst();
                    assertThat(PublishedEvents.texts(events)).noneMatch(text -> text.contains("481516"));
                    assertThat(issued.pinHash().salt()).isNotBlank();
                    assertThat(cards.pinHasher.matches(pin, issued.pinHash())).isTrue();
                    assertThat(cards.pinHasher.matches(new Pin("481517"), issued.pinHash())).isFalse();
                }));
    }
}
