package com.loyaltyledger.command.account;

import com.loyaltyledger.api.account.PostingContext;
import com.loyaltyledger.api.common.DomainException;
import java.util.regex.Pattern;

/** The free-text and key inputs of account commands: present where required, of bounded size. */
final class AccountInputs {

    static final int MAX_REASON = 500;
    static final int MAX_STORE_CODE = 64;
    static final int MAX_NUMBER = 64;
    /** Keys callers choose; the ledger derives keys of its own with ':' (e.g. a transfer's legs), never theirs. */
    private static final Pattern TRANSACTION_ID = Pattern.compile("^[A-Za-z0-9._-]{1,64}$");

    private AccountInputs() {
    }

    static String reason(String reason, boolean required) {
        if (reason == null || reason.isBlank()) {
            if (required) {
                throw DomainException.invalidField("reason", "a reason is required");
            }
            return null;
        }
        if (reason.length() > MAX_REASON) {
            throw DomainException.invalidField("reason", "reason is longer than " + MAX_REASON + " characters");
        }
        return reason.strip();
    }

    static PostingContext context(PostingContext context) {
        if (context == null) {
            return new PostingContext(null, null, null);
        }
        String storeCode = context.storeCode();
        if (storeCode != null && (storeCode.isBlank() || storeCode.length() > MAX_STORE_CODE)) {
            throw DomainException.invalidField("storeCode", "storeCode must be 1 to " + MAX_STORE_CODE
                    + " characters");
        }
        return new PostingContext(reason(context.reason(), false), context.source(), storeCode);
    }

    static void transactionId(String transactionId) {
        if (transactionId == null || !TRANSACTION_ID.matcher(transactionId).matches()) {
            throw DomainException.invalidField("transactionId",
                    "a transaction id (idempotency key) of 1-64 letters, digits, '.', '_' or '-' is required");
        }
    }

    static String number(String number) {
        if (number == null || number.isBlank()) {
            throw DomainException.invalidField("number", "number is required");
        }
        if (number.length() > MAX_NUMBER) {
            throw DomainException.invalidField("number", "number is longer than " + MAX_NUMBER + " characters");
        }
        return number.strip();
    }
}
