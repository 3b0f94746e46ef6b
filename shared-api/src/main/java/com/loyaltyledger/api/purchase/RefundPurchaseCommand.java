package com.loyaltyledger.api.purchase;

import com.loyaltyledger.api.common.Idempotent;
import java.util.List;
import org.axonframework.commandhandling.RoutingKey;

/**
 * Returns some lines of a receipt, or all that are left when {@code lineNumbers} is null or empty. The refund id
 * makes it idempotent; a line is never refunded twice.
 *
 * @param lineNumbers line numbers counted from 1 in the order the receipt listed them
 */
public record RefundPurchaseCommand(String storeCode, String receiptId, String refundId, List<Integer> lineNumbers)
        implements Idempotent {

    /** The receipt: its refunds go to one instance, one after the other. */
    @RoutingKey
    public String routingKey() {
        return storeCode + "/" + receiptId;
    }
}
