package com.loyaltyledger.infra.history;

import static org.assertj.core.api.Assertions.assertThat;

import com.loyaltyledger.api.history.EntityType;
import com.loyaltyledger.api.history.FieldChange;
import com.loyaltyledger.query.history.HistoryWriter;
import com.loyaltyledger.testing.IntegrationTest;
import java.util.List;
import java.util.UUID;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A tracking token's position is shared by events whose transactions committed after later events' (gaps
 * filling), so it cannot tell history entries apart: two changes of one client delivered with one token are two
 * entries.
 */
class HistoryWriterTest extends IntegrationTest {

    @Autowired
    private HistoryWriter history;

    @Autowired
    private TransactionTemplate transactions;

    @Test
    void twoEventsDeliveredWithTheSameTokenAreTwoEntries() {
        String client = UUID.randomUUID().toString();
        TrackingToken shared = GapAwareTrackingToken.newInstance(Long.MAX_VALUE / 2, List.of());
        transactions.executeWithoutResult(status -> {
            for (String summary : List.of("first change", "second change")) {
                history.record(GenericEventMessage.asEventMessage(summary), shared, EntityType.CLIENT, client,
                        summary, List.of(new FieldChange("note", null, summary)));
            }
        });
        assertThat(api.get("/api/v1/clients/" + client + "/history").json().path("items")
                .findValuesAsString("summary")).containsExactly("first change", "second change");
    }
}
