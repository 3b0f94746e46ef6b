package com.loyaltyledger.api.account;

import com.loyaltyledger.api.common.Idempotent;
import java.math.BigDecimal;
import org.axonframework.commandhandling.RoutingKey;

/** Posts the difference between {@code balance} and the balance there is, as an ADJUSTMENT. */
public record SetBalanceCommand(@RoutingKey String accountId,
                                String transactionId,
                                BigDecimal balance,
                                String asset,
                                PostingContext context) implements Idempotent {
}
