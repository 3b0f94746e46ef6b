package com.loyaltyledger.api.account;

import com.loyaltyledger.api.common.Idempotent;
import org.axonframework.commandhandling.RoutingKey;

/** The transfer saga's compensation: the credit side failed, so the source gets its money back. */
public record RefundTransferCommand(@RoutingKey String sourceAccountId,
                                    String transferId,
                                    String failureCode) implements Idempotent {
}
