package com.loyaltyledger.command.account;

import com.loyaltyledger.api.account.AccountKind;
import com.loyaltyledger.api.account.AccountTypeRules;

/** What accounts need to know about their type: asset, scale, kind and the current rules. */
public record AccountTypeFacts(String accountTypeId, String asset, int scale, AccountKind kind,
                               AccountTypeRules rules) {
}
