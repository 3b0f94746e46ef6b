package com.loyaltyledger.api.purchase;

import java.math.BigDecimal;

/** One line of a receipt as the till sent it; {@code amount} is what the line costs. */
public record PurchaseLine(String itemCode,
                           String name,
                           BigDecimal quantity,
                           BigDecimal price,
                           BigDecimal amount,
                           String itemGroup) {
}
