package com.loyaltyledger.command.card;

import static com.loyaltyledger.command.card.CardFixture.ALICE;
import static com.loyaltyledger.command.card.CardFixture.BOB;
import static com.loyaltyledger.command.card.CardFixture.DELETED_CLIENT;
import static com.loyaltyledger.command.card.CardFixture.ID;
import static com.loyaltyledger.command.card.CardFixture.NUMBER;
import static com.loyaltyledger.command.card.CardFixture.issued;
import static com.loyaltyledger.command.testing.DomainExceptionMatchers.invalidField;
import static com.loyaltyledger.command.testing.DomainExceptionMatchers.refusedWith;
import static org.hamcrest.Matchers.allOf;

import com.loyaltyledger.api.card.CardError;
import com.loyaltyledger.api.card.CardLinkedEvent;
import com.loyaltyledger.api.card.CardRelinkedEvent;
import com.loyaltyledger.api.card.CardStatus;
import com.loyaltyledger.api.card.CardStatusChangedEvent;
import com.loyaltyledger.api.card.CardUnlinkedEvent;
import com.loyaltyledger.api.card.LinkCardCommand;
import com.loyaltyledger.api.card.UnlinkCardCommand;
import com.loyaltyledger.api.common.DomainException;
import org.hamcrest.CustomTypeSafeMatcher;
import org.hamcrest.Matcher;
import org.junit.jupiter.api.Test;

/** Linking a card to a client, moving it to another, and taking it away. */
class CardOwnershipTest {

    private static final CardLinkedEvent LINKED_TO_ALICE = new CardLinkedEvent(ID, NUMBER, ALICE);

    private final CardFixture cards = new CardFixture();

    private static Matcher<DomainException> naming(String parameter, String value) {
        return new CustomTypeSafeMatcher<>("a refusal with " + parameter + "=" + value) {
            @Override
            protected boolean matchesSafely(DomainException e) {
                return value.equals(e.parameters().get(parameter));
            }
        };
    }

    @Test
    void linksAnOwnerlessCardToAClient() {
        cards.fixture.given(issued())
                .when(new LinkCardCommand(ID, ALICE, false))
                .expectEvents(LINKED_TO_ALICE);
    }

    @Test
    void aBlockedClientMayOwnCards() {
        cards.fixture.given(issued())
                .when(new LinkCardCommand(ID, BOB, false))
                .expectEvents(new CardLinkedEvent(ID, NUMBER, BOB));
    }

    @Test
    void linkingToAnUnknownOrDeletedClientIsRefused() {
        cards.fixture.given(issued())
                .when(new LinkCardCommand(ID, "client-unknown", false))
                .expectNoEvents()
                .expectException(refusedWith(CardError.CLIENT_NOT_FOUND));
        cards.fixture.given(issued())
                .when(new LinkCardCommand(ID, DELETED_CLIENT, true))
                .expectNoEvents()
                .expectException(refusedWith(CardError.CLIENT_DELETED));
    }

    @Test
    void linkingNeedsAClient() {
        cards.fixture.given(issued())
                .when(new LinkCardCommand(ID, " ", false))
                .expectException(invalidField("clientId"));
    }

    @Test
    void relinkWithoutConfirmationIsRefusedNamingTheCurrentOwner() {
        cards.fixture.given(issued(), LINKED_TO_ALICE)
                .when(new LinkCardCommand(ID, BOB, false))
                .expectNoEvents()
                .expectException(allOf(refusedWith(CardError.OWNED_BY_OTHER_CLIENT), naming("currentOwnerId", ALICE)));
    }

    @Test
    void relinkWithConfirmationNamesTheOldAndTheNewOwner() {
        cards.fixture.given(issued(), LINKED_TO_ALICE)
                .when(new LinkCardCommand(ID, BOB, true))
                .expectEvents(new CardRelinkedEvent(ID, NUMBER, ALICE, BOB));
    }

    @Test
    void linkingToTheCurrentOwnerAgainChangesNothing() {
        cards.fixture.given(issued(), LINKED_TO_ALICE)
                .when(new LinkCardCommand(ID, ALICE, false))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void aBlockedCardIsNotGivenToAClient() {
        cards.fixture.given(issued(), new CardStatusChangedEvent(ID, CardStatus.ACTIVE, CardStatus.BLOCKED, "lost"))
                .when(new LinkCardCommand(ID, ALICE, false))
                .expectNoEvents()
                .expectException(refusedWith(CardError.BLOCKED));
    }

    @Test
    void unlinksTheOwner() {
        cards.fixture.given(issued(), LINKED_TO_ALICE)
                .when(new UnlinkCardCommand(ID, null))
                .expectEvents(new CardUnlinkedEvent(ID, NUMBER, ALICE));
    }

    @Test
    void unlinkOfAnOwnerlessCardIsRefused() {
        cards.fixture.given(issued())
                .when(new UnlinkCardCommand(ID, null))
                .expectNoEvents()
                .expectException(refusedWith(CardError.NOT_LINKED));
    }

    @Test
    void aBlockedCardMayBeUnlinked() {
        cards.fixture.given(issued(), LINKED_TO_ALICE,
                        new CardStatusChangedEvent(ID, CardStatus.ACTIVE, CardStatus.BLOCKED, "lost"))
                .when(new UnlinkCardCommand(ID, ALICE))
                .expectEvents(new CardUnlinkedEvent(ID, NUMBER, ALICE));
    }

    @Test
    void unlinkForAnOwnerThatNoLongerOwnsTheCardDoesNothing() {
        cards.fixture.given(issued(), LINKED_TO_ALICE, new CardRelinkedEvent(ID, NUMBER, ALICE, BOB))
                .when(new UnlinkCardCommand(ID, ALICE))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
        cards.fixture.given(issued(), LINKED_TO_ALICE, new CardUnlinkedEvent(ID, NUMBER, ALICE))
                .when(new UnlinkCardCommand(ID, ALICE))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }
}
