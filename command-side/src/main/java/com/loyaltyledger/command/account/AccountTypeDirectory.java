package com.loyaltyledger.command.account;

import com.loyaltyledger.api.account.LedgerError;
import com.loyaltyledger.api.common.DomainException;
import java.util.Map;
import java.util.Optional;

/** Looks up account types; consistent with the event store because both commit in one transaction. */
public interface AccountTypeDirectory {

    /** Ids are UUIDs; anything longer is refused before a look-up, and never echoed back whole. */
    int MAX_ID = 64;

    Optional<AccountTypeFacts> find(String accountTypeId);

    /**
     * Refuses a category or card group that names an account type there is none of: accounts would otherwise
     * fail to open for its clients or cards long after the mistake was made. Null names none and passes.
     */
    default void requireKnown(String field, String accountTypeId) {
        if (accountTypeId != null && (accountTypeId.length() > MAX_ID || find(accountTypeId).isEmpty())) {
            String shown = accountTypeId.length() > MAX_ID ? accountTypeId.substring(0, MAX_ID) + "…"
                    : accountTypeId;
            throw new DomainException(LedgerError.TYPE_NOT_FOUND, "There is no account type " + shown,
                    Map.of(field, shown));
        }
    }
}
