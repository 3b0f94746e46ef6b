package com.loyaltyledger.api.account;

/** Whose account it is: a client, a card, or nobody (e.g. a shop's own account). */
public record AccountOwner(OwnerType type, String id) {

    public static final AccountOwner NONE = new AccountOwner(OwnerType.NONE, null);
}
