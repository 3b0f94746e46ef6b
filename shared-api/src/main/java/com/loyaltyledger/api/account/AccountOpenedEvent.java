package com.loyaltyledger.api.account;

/** The asset, its scale and the kind are copied from the type: they never change for an account. */
public record AccountOpenedEvent(String accountId,
                                 String number,
                                 String name,
                                 String accountTypeId,
                                 String asset,
                                 int scale,
                                 AccountKind kind,
                                 AccountOwner owner) {
}
