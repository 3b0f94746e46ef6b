package com.loyaltyledger.api.account;

import com.loyaltyledger.api.common.Idempotent;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record CompleteTransferCommand(@TargetAggregateIdentifier String sourceAccountId, String transferId)
        implements Idempotent {
}
