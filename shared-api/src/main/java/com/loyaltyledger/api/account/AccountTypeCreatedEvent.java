package com.loyaltyledger.api.account;

/** An account type; amounts in its rules are minor units of the asset, whose scale it records. */
public record AccountTypeCreatedEvent(String accountTypeId,
                                      String asset,
                                      int scale,
                                      AccountKind kind,
                                      AccountTypeRules rules) {
}
