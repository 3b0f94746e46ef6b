package com.loyaltyledger.command.account;

import com.loyaltyledger.api.account.CompleteTransferCommand;
import com.loyaltyledger.api.account.CreditTransferCommand;
import com.loyaltyledger.api.account.PostingContext;
import com.loyaltyledger.api.account.RefundTransferCommand;
import com.loyaltyledger.api.account.TransferCompletedEvent;
import com.loyaltyledger.api.account.TransferCreditRefusedEvent;
import com.loyaltyledger.api.account.TransferCreditedEvent;
import com.loyaltyledger.api.account.TransferFailedEvent;
import com.loyaltyledger.api.account.TransferStartedEvent;
import com.loyaltyledger.api.common.Channel;
import java.util.Map;
import org.axonframework.test.saga.SagaTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class TransferSagaTest {

    private static final PostingContext CONTEXT = new PostingContext("gift", Channel.API, null);
    private static final TransferStartedEvent STARTED = new TransferStartedEvent("tr-1", "source", "target", 1_000,
            "BONUS", CONTEXT);

    private SagaTestFixture<TransferSaga> fixture;

    @BeforeEach
    void setUp() {
        fixture = new SagaTestFixture<>(TransferSaga.class);
    }

    @Test
    void aStartedTransferIsCreditedToItsTarget() {
        fixture.givenNoPriorActivity()
                .whenAggregate("source").publishes(STARTED, Map.of("actor", "admin"))
                .expectActiveSagas(1)
                .expectDispatchedCommands(new CreditTransferCommand("target", "tr-1", "source", 1_000, "BONUS",
                        CONTEXT));
    }

    @Test
    void aCreditedTransferIsSettledOnItsSource() {
        fixture.givenAggregate("source").published(STARTED)
                .whenAggregate("target").publishes(new TransferCreditedEvent("tr-1", "target", "source", 1_000))
                .expectDispatchedCommands(new CompleteTransferCommand("source", "tr-1"));
    }

    @Test
    void aRefusedCreditIsCompensatedByRefundingTheSource() {
        fixture.givenAggregate("source").published(STARTED)
                .whenAggregate("target").publishes(new TransferCreditRefusedEvent("tr-1", "target", "source",
                        "account.closed"))
                .expectDispatchedCommands(new RefundTransferCommand("source", "tr-1", "account.closed"));
    }

    @Test
    void theSagaEndsWhenTheTransferLands() {
        fixture.givenAggregate("source").published(STARTED)
                .andThenAggregate("target").published(new TransferCreditedEvent("tr-1", "target", "source", 1_000))
                .whenAggregate("source").publishes(new TransferCompletedEvent("tr-1", "source", "target"))
                .expectActiveSagas(0);
    }

    @Test
    void theSagaEndsWhenTheMoneyIsBack() {
        fixture.givenAggregate("source").published(STARTED)
                .whenAggregate("source").publishes(new TransferFailedEvent("tr-1", "source", "target",
                        "account.closed"))
                .expectActiveSagas(0);
    }
}
