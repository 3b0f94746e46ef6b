package com.loyaltyledger.api.account;

/** Filters of the account list; null means "any". */
public record AccountSearchCriteria(OwnerType ownerType, String ownerId, String accountTypeId, String number,
                                    String asset) {
}
