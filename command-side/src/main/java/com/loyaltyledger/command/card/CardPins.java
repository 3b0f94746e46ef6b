package com.loyaltyledger.command.card;

import com.loyaltyledger.api.card.CardError;
import com.loyaltyledger.api.card.Pin;
import com.loyaltyledger.api.common.DomainException;
import com.loyaltyledger.api.common.ErrorDetails;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import org.axonframework.modelling.command.Aggregate;
import org.axonframework.modelling.command.Repository;

/**
 * The PIN check of a purchase that spends bonus, on the card aggregate: concurrent purchases with one card wait
 * for each other on the card, and two instances cannot both count from the same number of wrong PINs (the event
 * store refuses the second append), so the limit holds however attempts arrive.
 */
public class CardPins {

    private final Repository<Card> cards;
    private final PinHasher hasher;
    private final PinPolicy policy;
    private final Clock clock;

    public CardPins(Repository<Card> cards, PinHasher hasher, PinPolicy policy, Clock clock) {
        this.cards = cards;
        this.hasher = hasher;
        this.policy = policy;
        this.clock = clock;
    }

    /** Empty when the PIN lets the purchase spend; else the refusal, with a wrong PIN recorded on the card. */
    public Optional<ErrorDetails> refusalToSpend(String cardId, Pin pin) throws Exception {
        Aggregate<Card> card = cards.load(cardId);
        Card.PinCheck check = card.invoke(c -> c.checkPinToSpend(pin, hasher, policy, clock.instant()));
        return switch (check) {
            case ACCEPTED -> Optional.empty();
            case MISSING -> refusal(CardError.PIN_REQUIRED, "Spending bonus with this card needs its PIN", Map.of());
            case REJECTED -> {
                int left = card.invoke(c -> c.pinAttemptsLeft(policy));
                yield refusal(CardError.PIN_INVALID, "Wrong PIN", Map.of("attemptsLeft", Integer.toString(left)));
            }
            case LOCKED -> refusal(CardError.PIN_LOCKED, "Too many wrong PINs: spending with this card is locked",
                    Map.of("lockedUntil", String.valueOf(card.invoke(Card::spendingLockedUntil))));
        };
    }

    private static Optional<ErrorDetails> refusal(CardError code, String message, Map<String, String> parameters) {
        return Optional.of(ErrorDetails.of(new DomainException(code, message, parameters)));
    }
}
