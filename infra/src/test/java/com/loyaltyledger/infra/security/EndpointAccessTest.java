package com.loyaltyledger.infra.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.loyaltyledger.testing.Api;
import com.loyaltyledger.testing.IntegrationTest;
import com.loyaltyledger.testing.TestUsers;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Walks every endpoint the application serves and calls it as each role and anonymously: where the role is
 * allowed the answer may be anything but 403, where it is not it must be 403, and without credentials 401.
 * The expectations below are the specification of who may do what; an endpoint missing from them fails the
 * test, so a new endpoint cannot ship without a decided rule.
 */
class EndpointAccessTest extends IntegrationTest {

    private static final Set<String> READERS = Set.of("OPERATOR", "MANAGER", "AUDITOR", "ANALYST", "ADMIN");
    private static final Set<String> CARD_LOOKUP = Set.of("CASHIER", "OPERATOR", "MANAGER", "AUDITOR", "ANALYST",
            "ADMIN");
    private static final Set<String> HISTORY = Set.of("OPERATOR", "MANAGER", "AUDITOR", "ADMIN");
    private static final Set<String> BACK_OFFICE = Set.of("OPERATOR", "MANAGER", "ADMIN");
    private static final Set<String> CONFIGURATION = Set.of("MANAGER", "ADMIN");
    private static final Set<String> AUDIT = Set.of("AUDITOR", "ADMIN");
    private static final Set<String> ADMIN = Set.of("ADMIN");
    private static final Set<String> EVERYONE = Set.of("CASHIER", "OPERATOR", "MANAGER", "AUDITOR", "ANALYST",
            "ADMIN");

    /** method + path pattern → the roles allowed. */
    private static final Map<String, Set<String>> EXPECTED = Map.ofEntries(
            Map.entry("POST /api/v1/clients", BACK_OFFICE),
            Map.entry("GET /api/v1/clients", READERS),
            Map.entry("GET /api/v1/clients/{id}", READERS),
            Map.entry("PATCH /api/v1/clients/{id}", BACK_OFFICE),
            Map.entry("DELETE /api/v1/clients/{id}", BACK_OFFICE),
            Map.entry("POST /api/v1/clients/{id}/block", BACK_OFFICE),
            Map.entry("POST /api/v1/clients/{id}/unblock", BACK_OFFICE),
            Map.entry("POST /api/v1/clients/{id}/restore", BACK_OFFICE),
            Map.entry("POST /api/v1/clients/{id}/re-register", BACK_OFFICE),
            Map.entry("GET /api/v1/clients/{id}/history", HISTORY),
            Map.entry("GET /api/v1/clients/{id}/cards", CARD_LOOKUP),
            Map.entry("POST /api/v1/cards", BACK_OFFICE),
            Map.entry("GET /api/v1/cards", READERS),
            Map.entry("GET /api/v1/cards/{id}", READERS),
            Map.entry("GET /api/v1/cards/by-number/{number}", CARD_LOOKUP),
            Map.entry("PATCH /api/v1/cards/{id}", BACK_OFFICE),
            Map.entry("POST /api/v1/cards/{id}/status", BACK_OFFICE),
            Map.entry("POST /api/v1/cards/{id}/link", BACK_OFFICE),
            Map.entry("POST /api/v1/cards/{id}/unlink", BACK_OFFICE),
            Map.entry("GET /api/v1/cards/{id}/history", HISTORY),
            Map.entry("POST /api/v1/card-groups", CONFIGURATION),
            Map.entry("GET /api/v1/card-groups", READERS),
            Map.entry("PATCH /api/v1/card-groups/{id}", CONFIGURATION),
            Map.entry("GET /api/v1/assets", READERS),
            Map.entry("GET /api/v1/account-types", READERS),
            Map.entry("GET /api/v1/account-types/{id}", READERS),
            Map.entry("POST /api/v1/account-types", CONFIGURATION),
            Map.entry("PUT /api/v1/account-types/{id}", CONFIGURATION),
            Map.entry("GET /api/v1/accounts", READERS),
            Map.entry("GET /api/v1/accounts/{id}", READERS),
            Map.entry("GET /api/v1/accounts/{id}/balance", READERS),
            Map.entry("GET /api/v1/accounts/{id}/turnover", READERS),
            Map.entry("GET /api/v1/accounts/{id}/history", HISTORY),
            Map.entry("GET /api/v1/clients/{id}/accounts", READERS),
            Map.entry("GET /api/v1/clients/{id}/turnover", READERS),
            Map.entry("GET /api/v1/journal", READERS),
            Map.entry("GET /api/v1/transfers/{id}", READERS),
            Map.entry("GET /api/v1/ledger/check", AUDIT),
            Map.entry("POST /api/v1/accounts", BACK_OFFICE),
            Map.entry("POST /api/v1/accounts/{id}/block", BACK_OFFICE),
            Map.entry("POST /api/v1/accounts/{id}/unblock", BACK_OFFICE),
            Map.entry("POST /api/v1/accounts/{id}/close", BACK_OFFICE),
            Map.entry("POST /api/v1/accounts/{id}/holds", BACK_OFFICE),
            Map.entry("POST /api/v1/accounts/{id}/set-balance", BACK_OFFICE),
            Map.entry("POST /api/v1/accounts/{id}/{action:deposit|withdraw|accrue|redeem}", BACK_OFFICE),
            Map.entry("POST /api/v1/holds/{holdId}/capture", BACK_OFFICE),
            Map.entry("POST /api/v1/holds/{holdId}/release", BACK_OFFICE),
            Map.entry("POST /api/v1/transfers", BACK_OFFICE),
            Map.entry("POST /api/v1/postings/{transactionId}/reverse", BACK_OFFICE),
            Map.entry("POST /api/v1/purchases", Set.of("CASHIER", "ADMIN")),
            Map.entry("POST /api/v1/purchases/{receiptId}/refund", Set.of("CASHIER", "ADMIN")),
            Map.entry("GET /api/v1/purchases/{receiptId}", CARD_LOOKUP),
            Map.entry("GET /api/v1/clients/{id}/purchases", READERS),
            Map.entry("GET /api/v1/audit", AUDIT),
            Map.entry("POST /api/v1/client-categories", CONFIGURATION),
            Map.entry("GET /api/v1/client-categories", READERS),
            Map.entry("GET /api/v1/client-categories/{id}", READERS),
            Map.entry("PATCH /api/v1/client-categories/{id}", CONFIGURATION),
            Map.entry("GET /api/v1/client-categories/{id}/history", HISTORY),
            Map.entry("POST /api/v1/clients/{id}/erase-personal-data", CONFIGURATION),
            Map.entry("GET /api/v1/admin/processors", ADMIN),
            Map.entry("POST /api/v1/admin/processors/{name}/replay", ADMIN),
            Map.entry("GET /api/v1/admin/processors/{name}/dead-letters", ADMIN),
            Map.entry("POST /api/v1/admin/processors/{name}/dead-letters/retry", ADMIN),
            Map.entry("POST /api/v1/admin/processors/{name}/dead-letters/{id}/retry", ADMIN),
            Map.entry("DELETE /api/v1/admin/processors/{name}/dead-letters/{id}", ADMIN),
            Map.entry("POST /api/v1/users", ADMIN),
            Map.entry("GET /api/v1/users", ADMIN),
            Map.entry("GET /api/v1/users/{username}", ADMIN),
            Map.entry("PATCH /api/v1/users/{username}", ADMIN),
            Map.entry("DELETE /api/v1/users/{username}", ADMIN),
            Map.entry("POST /api/v1/tills", ADMIN),
            Map.entry("GET /api/v1/tills", ADMIN),
            Map.entry("GET /api/v1/tills/{tillId}", ADMIN),
            Map.entry("DELETE /api/v1/tills/{tillId}", ADMIN),
            Map.entry("GET /actuator/health", EVERYONE),
            Map.entry("GET /actuator/prometheus", AUDIT),
            Map.entry("GET /v3/api-docs", EVERYONE));

    /** Endpoints served outside Spring MVC's request mappings (Actuator, the API description). */
    private static final List<String> NOT_IN_HANDLER_MAPPINGS = List.of("GET /actuator/health",
            "GET /actuator/prometheus", "GET /v3/api-docs");

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    private RequestMappingHandlerMapping mappings;

    private Set<String> servedEndpoints() {
        Set<String> endpoints = new TreeSet<>(NOT_IN_HANDLER_MAPPINGS);
        mappings.getHandlerMethods().keySet().forEach(info -> {
            for (String pattern : info.getPatternValues()) {
                if (pattern.startsWith("/api/")) {
                    for (RequestMethod method : info.getMethodsCondition().getMethods()) {
                        endpoints.add(method.name() + " " + pattern);
                    }
                }
            }
        });
        return endpoints;
    }

    @Test
    void everyEndpointHasADecidedRule() {
        assertThat(servedEndpoints()).as("endpoints without an expectation in this test")
                .allMatch(EXPECTED::containsKey);
        assertThat(EXPECTED.keySet()).as("expectations for endpoints that no longer exist")
                .allMatch(servedEndpoints()::contains);
    }

    @Test
    void eachRoleGetsExactlyItsEndpoints() {
        Map<String, Api> asRole = new java.util.HashMap<>();
        for (String role : EVERYONE) {
            asRole.put(role, TestUsers.withRoles(api, role));
        }
        List<String> wrong = new ArrayList<>();
        for (String endpoint : servedEndpoints()) {
            Set<String> allowed = EXPECTED.getOrDefault(endpoint, Set.of());
            String method = endpoint.substring(0, endpoint.indexOf(' '));
            // a variable with a pattern ({action:deposit|withdraw}) takes its first choice, others a fresh id
            String path = endpoint.substring(endpoint.indexOf(' ') + 1)
                    .replaceAll("\\{[^}:]+:([^}|]+)[^}]*}", "$1")
                    .replaceAll("\\{[^}]+}", UUID.randomUUID().toString());
            int anonymous = call(api.anonymous(), method, path);
            if (anonymous != 401) {
                wrong.add(endpoint + " anonymous got " + anonymous);
            }
            for (String role : EVERYONE) {
                int status = call(asRole.get(role), method, path);
                boolean permitted = status != 403 && status != 401;
                if (permitted != allowed.contains(role)) {
                    wrong.add(endpoint + " as " + role + " got " + status);
                }
            }
        }
        assertThat(wrong).isEmpty();
    }

    private static int call(Api api, String method, String path) {
        String body = method.equals("GET") || method.equals("DELETE") ? null : "{}";
        return api.sendRaw(method, path, body).status();
    }

    @Test
    void rolesAreKnownToTheSpecification() {
        Map<Role, Boolean> known = new EnumMap<>(Role.class);
        for (Role role : Role.values()) {
            known.put(role, EVERYONE.contains(role.name()));
        }
        assertThat(known).doesNotContainValue(false);
    }
}
