package com.loyaltyledger.command.card;

import com.loyaltyledger.api.card.CardDetails;
import com.loyaltyledger.api.card.CardError;
import com.loyaltyledger.api.card.CardNumbers;
import com.loyaltyledger.api.card.IssueCardCommand;
import com.loyaltyledger.api.card.IssuedCard;
import com.loyaltyledger.api.card.PinHash;
import com.loyaltyledger.api.common.DomainException;
import java.util.Map;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.modelling.command.Repository;

/**
 * Issues cards. Lives outside the aggregate because a number must be reserved, in the same transaction, before
 * the card exists, and because the caller needs the number back as stored.
 */
public class CardIssuingHandler {

    private final Repository<Card> cards;
    private final CardNumberReservations numbers;
    private final CardGroupDirectory groups;
    private final CardOwnerPolicy owners;
    private final PinHasher pinHasher;

    public CardIssuingHandler(Repository<Card> cards, CardNumberReservations numbers, CardGroupDirectory groups,
                              CardOwnerPolicy owners, PinHasher pinHasher) {
        this.cards = cards;
        this.numbers = numbers;
        this.groups = groups;
        this.owners = owners;
        this.pinHasher = pinHasher;
    }

    @CommandHandler
    public IssuedCard handle(IssueCardCommand command) throws Exception {
        String number = CardNumbers.normalize("number", command.number());
        CardDetails details = command.details() == null ? CardDetails.EMPTY : command.details();
        CardRules.validate(details);
        CardRules.requireGroup(groups, details.groupId());
        String ownerId = command.ownerId() == null || command.ownerId().isBlank() ? null : command.ownerId().strip();
        if (ownerId != null) {
            owners.requireLinkable(ownerId);
        }
        // hashed before the number is reserved, so that a concurrent issue of the number waits no longer than it must
        PinHash pinHash = command.pin() == null ? null : pinHasher.hash(command.pin());
        if (!numbers.reserve(number, command.cardId())) {
            throw new DomainException(CardError.NUMBER_TAKEN, "Card number " + number + " is taken",
                    Map.of("number", number));
        }
        cards.newInstance(() -> new Card(command.cardId(), number, details, pinHash, ownerId));
        return new IssuedCard(command.cardId(), number);
    }
}
