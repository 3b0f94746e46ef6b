package com.loyaltyledger.infra.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.loyaltyledger.testing.Api;
import com.loyaltyledger.testing.IntegrationTest;
import com.loyaltyledger.testing.TestUsers;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/** Failed logins are limited per user from an address, per address and per user; BCrypt is kept off the lanes. */
class LoginThrottlingTest extends IntegrationTest {

    @Autowired
    private PasswordAuthentication passwords;

    /** A documentation address (RFC 3849) of its own per call, given as a proxy would. */
    private static String address() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        return "2001:db8:0:0:" + Integer.toHexString(random.nextInt(1, 0xffff)) + ":"
                + Integer.toHexString(random.nextInt(1, 0xffff)) + ":" + Integer.toHexString(random.nextInt(1, 0xffff))
                + ":1";
    }

    private Api from(Api client, String address) {
        return client.withHeader("X-Forwarded-For", address);
    }

    @Test
    void aUserIsLockedOutAfterTenWrongPasswordsFromOneAddressEvenWithTheRightOne() {
        Api user = TestUsers.withRoles(api, "OPERATOR");
        String address = address();
        Api guesser = from(api.as(user.username(), "not-the-password"), address);
        for (int i = 0; i < 10; i++) {
            assertThat(guesser.get("/api/v1/clients").status()).isEqualTo(401);
        }
        Api.Response locked = from(user, address).get("/api/v1/clients");
        assertThat(locked.status()).isEqualTo(429);
        assertThat(locked.header("Content-Type")).startsWith("application/problem+json");
        assertThat(locked.code()).isEqualTo("auth.throttled");
        assertThat(Long.parseLong(locked.header("Retry-After"))).isBetween(1L, 900L);
        // the lockout is of that user from that address: the user still works from elsewhere
        assertThat(from(user, address()).get("/api/v1/clients").status()).isEqualTo(200);

        eventually().until(() -> api.get("/api/v1/audit?entityType=LOGIN&entityId=" + user.username()).json()
                .path("totalItems").asInt() == 1);
        JsonNode entry = api.get("/api/v1/audit?entityType=LOGIN&entityId=" + user.username()).json()
                .path("items").get(0);
        assertThat(entry.path("eventType").asString()).isEqualTo("LoginLockedOut");
        assertThat(entry.path("actor").asString()).isEqualTo("system");
        assertThat(entry.toString()).contains("USER_FROM_ADDRESS");
    }

    @Test
    void anAddressThatUsedUpItsFailuresIsRefusedBeforeHashingButKnownGoodLoginsPass() {
        String address = address();
        long before = passwords.hashingChecks();
        int refusedAfterHashing = 0;
        Api.Response answer = null;
        // 50 failures use the budget up; it refills evenly (one every 6 s), so a slow machine needs a few more
        for (int i = 0; i < 100; i++) {
            answer = from(api.as("nobody-" + UUID.randomUUID(), "guess-" + i), address).get("/api/v1/clients");
            if (answer.status() != 401) {
                break;
            }
            refusedAfterHashing++;
        }
        assertThat(answer.status()).isEqualTo(429);
        assertThat(refusedAfterHashing).isGreaterThanOrEqualTo(50);
        assertThat(passwords.hashingChecks() - before).as("unknown users cost a BCrypt all the same")
                .isEqualTo(refusedAfterHashing);
        Api newcomer = TestUsers.withRoles(api, "ANALYST");
        Api.Response refused = from(newcomer, address).get("/api/v1/clients");
        assertThat(refused.status()).isEqualTo(429);
        assertThat(refused.code()).isEqualTo("auth.throttled");
        assertThat(passwords.hashingChecks() - before).as("refused before BCrypt").isEqualTo(refusedAfterHashing);
        // the admin logged in moments ago: a known-good password passes without BCrypt
        assertThat(from(api, address).get("/api/v1/clients").status()).isEqualTo(200);
        eventually().until(() -> api.get("/api/v1/audit?entityType=LOGIN&entityId=" + address).json()
                .path("totalItems").asInt() >= 1);
        assertThat(api.get("/api/v1/audit?entityType=LOGIN&entityId=" + address).json().toString())
                .contains("ADDRESS").doesNotContain("nobody-");
    }

    @Test
    void aDisabledUserIsRefusedWithTheSameWorkWhetherThePasswordIsRightOrWrong() {
        Api user = TestUsers.withRoles(api, "AUDITOR");
        assertThat(user.get("/api/v1/clients").status()).isEqualTo(200);
        long known = passwords.hashingChecks();
        assertThat(user.get("/api/v1/clients").status()).isEqualTo(200);
        assertThat(passwords.hashingChecks()).as("a known-good password needs no BCrypt").isEqualTo(known);

        assertThat(api.patch("/api/v1/users/" + user.username(), Map.of("enabled", false)).status()).isEqualTo(200);
        long before = passwords.hashingChecks();
        assertThat(from(user, address()).get("/api/v1/clients").status()).isEqualTo(401);
        assertThat(passwords.hashingChecks() - before).as("the right password, cached before, is not looked at")
                .isEqualTo(1);
        assertThat(from(api.as(user.username(), "a-wrong-password"), address()).get("/api/v1/clients").status())
                .isEqualTo(401);
        assertThat(passwords.hashingChecks() - before).isEqualTo(2);
    }

    @Test
    void aFloodOfWrongPasswordsIsTurnedAwayWhileKnownUsersAreServed() throws Exception {
        assertThat(api.get("/api/v1/clients").status()).isEqualTo(200);
        ExecutorService pool = Executors.newFixedThreadPool(64);
        try {
            List<Future<Api.Response>> flood = new ArrayList<>();
            for (int i = 0; i < 128; i++) {
                Api stranger = from(api.as("flood-" + UUID.randomUUID(), "guess"), address());
                flood.add(pool.submit(() -> stranger.get("/api/v1/clients")));
            }
            for (int i = 0; i < 20; i++) {
                assertThat(api.get("/api/v1/clients?size=1").status()).isEqualTo(200);
            }
            List<Api.Response> answers = new ArrayList<>();
            for (Future<Api.Response> answer : flood) {
                answers.add(answer.get());
            }
            assertThat(answers).allMatch(answer -> answer.status() == 401 || answer.status() == 503);
            Api.Response busy = answers.stream().filter(answer -> answer.status() == 503).findFirst().orElseThrow();
            assertThat(busy.code()).isEqualTo("auth.busy");
            assertThat(busy.header("Retry-After")).isEqualTo("1");
        } finally {
            pool.shutdownNow();
        }
    }
}
