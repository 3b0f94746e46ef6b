package com.loyaltyledger.api.card;

import java.math.BigDecimal;
import java.time.Instant;

public record CardGroupView(String id,
                            String name,
                            CardType cardType,
                            BigDecimal defaultMultiplier,
                            String bonusAccountTypeId,
                            boolean pinRequiredToSpend,
                            Instant createdAt,
                            Instant updatedAt) {
}
