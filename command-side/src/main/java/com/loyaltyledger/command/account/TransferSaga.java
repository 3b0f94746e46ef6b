package com.loyaltyledger.command.account;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import com.loyaltyledger.api.account.CompleteTransferCommand;
import com.loyaltyledger.api.account.CreditTransferCommand;
import com.loyaltyledger.api.account.RefundTransferCommand;
import com.loyaltyledger.api.account.TransferCompletedEvent;
import com.loyaltyledger.api.account.TransferCreditRefusedEvent;
import com.loyaltyledger.api.account.TransferCreditedEvent;
import com.loyaltyledger.api.account.TransferFailedEvent;
import com.loyaltyledger.api.account.TransferStartedEvent;
import com.loyaltyledger.api.common.Channel;
import com.loyaltyledger.api.common.MetadataKeys;
import java.util.HashMap;
import java.util.Map;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.axonframework.modelling.saga.EndSaga;
import org.axonframework.modelling.saga.SagaEventHandler;
import org.axonframework.modelling.saga.StartSaga;
import org.axonframework.spring.stereotype.Saga;

/**
 * Carries a transfer from its debited source to its target: credit the target; if the target refuses (blocked,
 * closed), refund the source; then settle the source. Each step is a command whose refusal is an event, never an
 * exception, and whose transaction id derives from the transfer, so the saga's streaming processor can repeat a
 * step after a crash without moving money twice. Until one of the ends, the money sits in TRANSIT.
 */
@Saga
@ProcessingGroup(TransferSaga.PROCESSING_GROUP)
@JsonAutoDetect(fieldVisibility = Visibility.ANY, getterVisibility = Visibility.NONE,
        isGetterVisibility = Visibility.NONE, setterVisibility = Visibility.NONE)
public class TransferSaga {

    public static final String PROCESSING_GROUP = "transfers";
    private static final String TRANSFER_ID = "transferId";

    private String transferId;
    private String sourceAccountId;

    @StartSaga
    @SagaEventHandler(associationProperty = TRANSFER_ID)
    void on(TransferStartedEvent event, CommandGateway commands, @MetaDataValue(MetadataKeys.ACTOR) String actor) {
        transferId = event.transferId();
        sourceAccountId = event.sourceAccountId();
        send(commands, actor, new CreditTransferCommand(event.targetAccountId(), transferId, sourceAccountId,
                event.amount(), event.asset(), event.context()));
    }

    @SagaEventHandler(associationProperty = TRANSFER_ID)
    void on(TransferCreditedEvent event, CommandGateway commands, @MetaDataValue(MetadataKeys.ON_BEHALF_OF) String actor) {
        send(commands, actor, new CompleteTransferCommand(sourceAccountId, transferId));
    }

    @SagaEventHandler(associationProperty = TRANSFER_ID)
    void on(TransferCreditRefusedEvent event, CommandGateway commands,
            @MetaDataValue(MetadataKeys.ON_BEHALF_OF) String actor) {
        send(commands, actor, new RefundTransferCommand(sourceAccountId, transferId, event.failureCode()));
    }

    @EndSaga
    @SagaEventHandler(associationProperty = TRANSFER_ID)
    void on(TransferCompletedEvent event) {
        // the transfer landed
    }

    @EndSaga
    @SagaEventHandler(associationProperty = TRANSFER_ID)
    void on(TransferFailedEvent event) {
        // the money is back on the source
    }

    /** Commands the product sends itself: by the system, on behalf of whoever started the transfer. */
    private static void send(CommandGateway commands, String onBehalfOf, Object command) {
        Map<String, Object> metaData = new HashMap<>();
        metaData.put(MetadataKeys.ACTOR, MetadataKeys.SYSTEM_ACTOR);
        metaData.put(MetadataKeys.CHANNEL, Channel.SYSTEM.name());
        if (onBehalfOf != null) {
            metaData.put(MetadataKeys.ON_BEHALF_OF, onBehalfOf);
        }
        commands.sendAndWait(GenericCommandMessage.asCommandMessage(command).andMetaData(metaData));
    }
}
