package com.loyaltyledger.api.purchase;

import java.util.List;

public record PurchasePage(List<PurchaseView> items, int page, int size, long totalItems) {
}
