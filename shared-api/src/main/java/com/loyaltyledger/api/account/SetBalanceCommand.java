package com.loyaltyledger.api.account;

import java.math.BigDecimal;

/** Posts the difference between {@code balance} and the balance there is, as an ADJUSTMENT. */
public record SetBalanceCommand(String accountId,
                                String transactionId,
                                BigDecimal balance,
                                String asset,
                                PostingContext context) {
}
