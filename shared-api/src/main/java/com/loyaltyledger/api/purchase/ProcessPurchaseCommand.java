package com.loyaltyledger.api.purchase;

import com.loyaltyledger.api.card.Pin;
import com.loyaltyledger.api.common.Idempotent;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.axonframework.commandhandling.RoutingKey;

/**
 * A receipt from a till: spend up to {@code bonusToSpend} bonus from the card's account, earn bonus on what is
 * paid with money, and count the purchase towards the client's steps. The receipt id, unique per store, makes it
 * idempotent. Either {@code cardNumber} or {@code clientId} says whose purchase it is.
 *
 * @param time when the purchase happened; null means now
 * @param total the sum of the lines' amounts, before the loyalty discount
 * @param pin the card's PIN, needed to spend bonus with a card that has one (when its group requires it)
 */
public record ProcessPurchaseCommand(String storeCode,
                                     String receiptId,
                                     String cashier,
                                     String cardNumber,
                                     String clientId,
                                     Instant time,
                                     List<PurchaseLine> lines,
                                     BigDecimal total,
                                     BigDecimal bonusToSpend,
                                     Pin pin) implements Idempotent {

    /**
     * The card as stored (trimmed, upper case), else the client: purchases of one member go to one instance, which
     * keeps the member's client and bonus account cached.
     */
    @RoutingKey
    public String routingKey() {
        return cardNumber != null ? cardNumber.strip().toUpperCase(Locale.ROOT) : clientId;
    }
}
