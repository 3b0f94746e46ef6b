package com.loyaltyledger.command.account;

import java.util.Optional;

/** Looks up account types; consistent with the event store because both commit in one transaction. */
public interface AccountTypeDirectory {

    Optional<AccountTypeFacts> find(String accountTypeId);
}
