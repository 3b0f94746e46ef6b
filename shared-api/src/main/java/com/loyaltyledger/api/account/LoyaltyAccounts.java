package com.loyaltyledger.api.account;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

/**
 * The ids of the accounts that open by themselves: a card's bonus account and a client's account. Derived from
 * the owner's id, so opening twice (after a restart, a replay) names the same account and cannot open a second
 * one, and a purchase finds the account without looking it up.
 */
public final class LoyaltyAccounts {

    private LoyaltyAccounts() {
    }

    public static String ofCard(String cardId) {
        return UUID.nameUUIDFromBytes(("card-bonus-account:" + cardId).getBytes(StandardCharsets.UTF_8)).toString();
    }

    public static String ofClient(String clientId) {
        return UUID.nameUUIDFromBytes(("client-account:" + clientId).getBytes(StandardCharsets.UTF_8)).toString();
    }
}
