package com.loyaltyledger.infra.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.loyaltyledger.testing.Api;
import com.loyaltyledger.testing.IntegrationTest;
import com.loyaltyledger.testing.TestUsers;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/**
 * Two admins demote each other at the same moment, again and again: each time exactly one of them may succeed,
 * and an ADMIN always remains. Check-then-act without a lock let both pass when their requests overlapped.
 */
class LastAdminConcurrencyTest extends IntegrationTest {

    private static final int ROUNDS = 25;

    @Autowired
    private JdbcTemplate jdbc;

    @Test
    void concurrentDemotionsOfTheLastTwoAdminsLeaveOne() throws Exception {
        Api other = TestUsers.withRoles(api, "ADMIN");
        for (JsonNode user : api.get("/api/v1/users?size=500").json().path("items")) {
            String username = user.path("username").asString();
            if (!username.equals("admin") && !username.equals(other.username())
                    && user.path("roles").toString().contains("ADMIN")) {
                assertThat(api.delete("/api/v1/users/" + username).status()).isEqualTo(204);
            }
        }
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < ROUNDS; round++) {
                CyclicBarrier start = new CyclicBarrier(2);
                CompletableFuture<Integer> demoteAdmin = CompletableFuture.supplyAsync(
                        () -> demote(other, "admin", start), pool);
                CompletableFuture<Integer> demoteOther = CompletableFuture.supplyAsync(
                        () -> demote(api, other.username(), start), pool);
                List<Integer> statuses = List.of(demoteAdmin.get(), demoteOther.get());
                // the loser is refused as the last admin, or, when it came a moment later, as no admin any more
                assertThat(statuses).as("round " + round).containsOnlyOnce(200)
                        .allMatch(status -> status == 200 || status == 409 || status == 403);
                // whoever is still ADMIN gives the role back to the other
                Api remaining = statuses.get(0) == 200 ? other : api;
                String demoted = statuses.get(0) == 200 ? "admin" : other.username();
                assertThat(remaining.patch("/api/v1/users/" + demoted, Map.of("roles", List.of("ADMIN"))).status())
                        .isEqualTo(200);
            }
        } finally {
            pool.shutdownNow();
            // should the race ever let both through, later tests still need their admin
            jdbc.update("update app_user set roles = 'ADMIN', enabled = true where username = 'admin'");
        }
    }

    private static int demote(Api as, String username, CyclicBarrier start) {
        try {
            start.await();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        return as.patch("/api/v1/users/" + username, Map.of("roles", List.of("AUDITOR"))).status();
    }
}
