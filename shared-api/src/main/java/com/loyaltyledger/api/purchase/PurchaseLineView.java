package com.loyaltyledger.api.purchase;

import java.math.BigDecimal;

public record PurchaseLineView(int lineNumber,
                               String itemCode,
                               String name,
                               BigDecimal quantity,
                               BigDecimal price,
                               BigDecimal amount,
                               String itemGroup,
                               boolean refunded) {
}
