package com.loyaltyledger.api.account;

import com.loyaltyledger.api.common.Idempotent;
import org.axonframework.commandhandling.RoutingKey;

/** The transfer saga's second leg: credit the target, or record why it could not be credited. */
public record CreditTransferCommand(@RoutingKey String targetAccountId,
                                    String transferId,
                                    String sourceAccountId,
                                    long amount,
                                    String asset,
                                    PostingContext context) implements Idempotent {
}
