package com.loyaltyledger.infra.card;

import static org.assertj.core.api.Assertions.assertThat;

import com.loyaltyledger.testing.Api;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** A card as it was at any moment, rebuilt from the event store: owner, status and details then. */
class CardAsOfTest extends CardTestSupport {

    @Test
    void showsTheCardAsItWasAtEachMoment() {
        String group = createGroup();
        String card = issue(group, uniqueNumber("ASOF"));
        String owner = registerClient("Then");
        assertThat(api.post("/api/v1/cards/" + card + "/link", Map.of("clientId", owner)).status()).isEqualTo(204);
        assertThat(api.post("/api/v1/cards/" + card + "/status", Map.of("status", "BLOCKED", "reason", "lost"))
                .status()).isEqualTo(204);
        List<JsonNode> history = awaitHistory("/api/v1/cards/" + card + "/history", 3);
        Instant issued = Instant.parse(history.get(0).path("occurredAt").asString());
        Instant linked = Instant.parse(history.get(1).path("occurredAt").asString());

        JsonNode atIssue = api.get("/api/v1/cards/" + card + Api.query(Map.of("asOf", issued.toString()))).json();
        assertThat(atIssue.path("ownerId").isNull()).isTrue();
        assertThat(atIssue.path("status").asString()).isEqualTo("ACTIVE");
        JsonNode atLink = api.get("/api/v1/cards/" + card + Api.query(Map.of("asOf", linked.toString()))).json();
        assertThat(atLink.path("ownerId").asString()).isEqualTo(owner);
        assertThat(atLink.path("status").asString()).isEqualTo("ACTIVE");
        JsonNode now = api.get("/api/v1/cards/" + card + Api.query(Map.of("asOf", Instant.now().toString()))).json();
        assertThat(now.path("status").asString()).isEqualTo("BLOCKED");
        assertThat(api.get("/api/v1/cards/" + card + Api.query(Map.of("asOf", issued.minusSeconds(1).toString())))
                .code()).isEqualTo("card.not_found");
    }
}
