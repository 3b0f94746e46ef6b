package com.loyaltyledger.infra.security;

import static com.loyaltyledger.infra.security.Role.ADMIN;
import static com.loyaltyledger.infra.security.Role.ANALYST;
import static com.loyaltyledger.infra.security.Role.AUDITOR;
import static com.loyaltyledger.infra.security.Role.CASHIER;
import static com.loyaltyledger.infra.security.Role.MANAGER;
import static com.loyaltyledger.infra.security.Role.OPERATOR;
import static org.springframework.http.HttpMethod.DELETE;
import static org.springframework.http.HttpMethod.GET;
import static org.springframework.http.HttpMethod.PATCH;
import static org.springframework.http.HttpMethod.POST;
import static org.springframework.http.HttpMethod.PUT;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;

/**
 * Who may call what. Every endpoint has a rule here; anything under {@code /api/} without one is open to ADMIN
 * only, and the endpoint-walking test fails the build until a new endpoint gets a rule and an expectation.
 * Rules are matched in order, so a specific path comes before a wider pattern.
 */
final class AccessRules {

    private static final Role[] READERS = {OPERATOR, MANAGER, AUDITOR, ANALYST, ADMIN};
    private static final Role[] CARD_LOOKUP = {CASHIER, OPERATOR, MANAGER, AUDITOR, ANALYST, ADMIN};
    private static final Role[] HISTORY = {OPERATOR, MANAGER, AUDITOR, ADMIN};
    private static final Role[] BACK_OFFICE = {OPERATOR, MANAGER, ADMIN};
    private static final Role[] CONFIGURATION = {MANAGER, ADMIN};
    private static final Role[] AUDIT = {AUDITOR, ADMIN};
    private static final Role[] TILL = {CASHIER, ADMIN};

    record Rule(HttpMethod method, String pattern, Set<Role> roles) {
    }

    static final List<Rule> RULES = List.of(
            // clients
            rule(GET, "/api/v1/clients/{id}/history", HISTORY),
            rule(GET, "/api/v1/clients/{id}/cards", CARD_LOOKUP),
            rule(GET, "/api/v1/clients", READERS),
            rule(GET, "/api/v1/clients/{id}", READERS),
            rule(POST, "/api/v1/clients/{id}/erase-personal-data", CONFIGURATION),
            rule(POST, "/api/v1/clients", BACK_OFFICE),
            rule(POST, "/api/v1/clients/{id}/*", BACK_OFFICE),
            rule(PATCH, "/api/v1/clients/{id}", BACK_OFFICE),
            rule(DELETE, "/api/v1/clients/{id}", BACK_OFFICE),
            // cards and card groups
            rule(GET, "/api/v1/cards/{id}/history", HISTORY),
            // tills look cards up by exact number only: no list of cards and their owners
            rule(GET, "/api/v1/cards", READERS),
            rule(GET, "/api/v1/cards/{id}", READERS),
            rule(GET, "/api/v1/cards/by-number/{number}", CARD_LOOKUP),
            rule(POST, "/api/v1/cards", BACK_OFFICE),
            rule(PATCH, "/api/v1/cards/{id}", BACK_OFFICE),
            rule(POST, "/api/v1/cards/{id}/*", BACK_OFFICE),
            rule(GET, "/api/v1/card-groups", READERS),
            rule(POST, "/api/v1/card-groups", CONFIGURATION),
            rule(PATCH, "/api/v1/card-groups/{id}", CONFIGURATION),
            // the ledger
            rule(GET, "/api/v1/assets", READERS),
            rule(GET, "/api/v1/account-types", READERS),
            rule(GET, "/api/v1/account-types/{id}", READERS),
            rule(POST, "/api/v1/account-types", CONFIGURATION),
            rule(PUT, "/api/v1/account-types/{id}", CONFIGURATION),
            rule(GET, "/api/v1/accounts/{id}/history", HISTORY),
            rule(GET, "/api/v1/accounts", READERS),
            rule(GET, "/api/v1/accounts/{id}", READERS),
            rule(GET, "/api/v1/accounts/{id}/balance", READERS),
            rule(GET, "/api/v1/accounts/{id}/turnover", READERS),
            rule(GET, "/api/v1/clients/{id}/accounts", READERS),
            rule(GET, "/api/v1/clients/{id}/turnover", READERS),
            rule(GET, "/api/v1/journal", READERS),
            rule(GET, "/api/v1/transfers/{id}", READERS),
            rule(GET, "/api/v1/ledger/check", AUDIT),
            rule(POST, "/api/v1/accounts", BACK_OFFICE),
            rule(POST, "/api/v1/accounts/{id}/*", BACK_OFFICE),
            rule(POST, "/api/v1/holds/{holdId}/*", BACK_OFFICE),
            rule(POST, "/api/v1/transfers", BACK_OFFICE),
            rule(POST, "/api/v1/postings/{transactionId}/reverse", BACK_OFFICE),
            // purchases at the till
            rule(POST, "/api/v1/purchases", TILL),
            rule(POST, "/api/v1/purchases/{receiptId}/refund", TILL),
            rule(GET, "/api/v1/purchases/{receiptId}", CARD_LOOKUP),
            rule(GET, "/api/v1/clients/{id}/purchases", READERS),
            // client categories
            rule(GET, "/api/v1/client-categories/{id}/history", HISTORY),
            rule(GET, "/api/v1/client-categories", READERS),
            rule(GET, "/api/v1/client-categories/{id}", READERS),
            rule(POST, "/api/v1/client-categories", CONFIGURATION),
            rule(PATCH, "/api/v1/client-categories/{id}", CONFIGURATION),
            // audit trail
            rule(GET, "/api/v1/audit", AUDIT),
            // operations
            rule(GET, "/api/v1/admin/processors", ADMIN),
            rule(POST, "/api/v1/admin/processors/{name}/replay", ADMIN),
            rule(GET, "/api/v1/admin/processors/{name}/dead-letters", ADMIN),
            rule(POST, "/api/v1/admin/processors/{name}/dead-letters/retry", ADMIN),
            rule(POST, "/api/v1/admin/processors/{name}/dead-letters/{id}/retry", ADMIN),
            rule(DELETE, "/api/v1/admin/processors/{name}/dead-letters/{id}", ADMIN),
            // users
            rule(GET, "/api/v1/users", ADMIN),
            rule(GET, "/api/v1/users/{username}", ADMIN),
            rule(POST, "/api/v1/users", ADMIN),
            rule(PATCH, "/api/v1/users/{username}", ADMIN),
            rule(DELETE, "/api/v1/users/{username}", ADMIN),
            // tills and their API keys
            rule(GET, "/api/v1/tills", ADMIN),
            rule(GET, "/api/v1/tills/{tillId}", ADMIN),
            rule(POST, "/api/v1/tills", ADMIN),
            rule(DELETE, "/api/v1/tills/{tillId}", ADMIN));

    private AccessRules() {
    }

    static void apply(AuthorizeHttpRequestsConfigurer<?>.AuthorizationManagerRequestMatcherRegistry requests) {
        for (Rule rule : RULES) {
            requests.requestMatchers(PathPatternRequestMatcher.withDefaults().matcher(rule.method(), rule.pattern()))
                    .hasAnyRole(rule.roles().stream().map(Role::name).toArray(String[]::new));
        }
        // ADMIN may do everything, so an unmatched path answers an admin with a plain 404 or 405
        requests.requestMatchers(PathPatternRequestMatcher.withDefaults().matcher("/api/**")).hasRole(ADMIN.name())
                .requestMatchers(PathPatternRequestMatcher.withDefaults().matcher("/actuator/health/**"))
                .authenticated()
                .requestMatchers(PathPatternRequestMatcher.withDefaults().matcher("/actuator/**"))
                .hasAnyRole(ADMIN.name(), AUDITOR.name())
                .anyRequest().authenticated();
    }

    private static Rule rule(HttpMethod method, String pattern, Role... roles) {
        return new Rule(method, pattern, Set.copyOf(Arrays.asList(roles)));
    }
}
