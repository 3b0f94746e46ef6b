package com.loyaltyledger.api.purchase;

public record FindPurchaseQuery(String storeCode, String receiptId) {
}
