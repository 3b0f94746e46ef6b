package com.loyaltyledger.command.purchase;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

/**
 * A receipt's aggregate id, derived from its store and receipt id (unique together). A second processing of the
 * same receipt names the same aggregate, and the event store refuses a second first event for it.
 */
public final class ReceiptKeys {

    private ReceiptKeys() {
    }

    public static String of(String storeCode, String receiptId) {
        return UUID.nameUUIDFromBytes(("receipt:" + storeCode + "\n" + receiptId).getBytes(StandardCharsets.UTF_8))
                .toString();
    }
}
