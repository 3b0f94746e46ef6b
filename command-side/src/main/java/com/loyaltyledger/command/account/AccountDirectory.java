package com.loyaltyledger.command.account;

import java.util.Optional;

/** The command side's table of accounts: unique numbers, and the asset of a transfer's target. */
public interface AccountDirectory {

    /** Takes {@code number} for the account; false when another account has it. */
    boolean claimNumber(String accountId, String number, String asset);

    Optional<String> assetOf(String accountId);
}
