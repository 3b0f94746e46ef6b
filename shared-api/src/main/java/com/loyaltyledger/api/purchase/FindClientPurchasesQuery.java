package com.loyaltyledger.api.purchase;

import com.loyaltyledger.api.common.PageRequest;

/** A client's receipts, newest first. */
public record FindClientPurchasesQuery(String clientId, PageRequest page) {
}
