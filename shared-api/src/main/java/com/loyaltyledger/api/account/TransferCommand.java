package com.loyaltyledger.api.account;

import com.loyaltyledger.api.common.Idempotent;
import java.math.BigDecimal;
import org.axonframework.commandhandling.RoutingKey;

/** Moves value between two accounts of one asset; the transaction id is the transfer's id. */
public record TransferCommand(String transferId,
                              @RoutingKey String sourceAccountId,
                              String targetAccountId,
                              BigDecimal amount,
                              String asset,
                              PostingContext context) implements Idempotent {
}
