package com.loyaltyledger.api.account;

import java.math.BigDecimal;

/** Moves value between two accounts of one asset; the transaction id is the transfer's id. */
public record TransferCommand(String transferId,
                              String sourceAccountId,
                              String targetAccountId,
                              BigDecimal amount,
                              String asset,
                              PostingContext context) {
}
