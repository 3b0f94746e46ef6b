package com.loyaltyledger.infra.security;

import com.loyaltyledger.infra.web.ApiProblem;
import com.loyaltyledger.infra.web.ProblemWriter;
import com.loyaltyledger.infra.web.RequestMetadataFilter;
import jakarta.servlet.DispatcherType;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every request is authenticated: HTTP Basic against the users table (through {@link PasswordAuthentication}, which
 * throttles failed logins), till API keys ({@link TillKeyFilter}), and, when a JWT decoder is configured
 * ({@code spring.security.oauth2.resourceserver.jwt.issuer-uri} or {@code .public-key-location}), bearer tokens
 * whose roles come from the claim {@code ledger.security.jwt.roles-claim}. No sessions and no CSRF tokens:
 * callers are tills, scripts and other systems, not browsers holding cookies. What each role may call is in
 * {@link AccessRules}. Failures answer with problem details.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(SecurityProperties.class)
public class SecurityConfiguration {

    @Bean
    ProblemWriter problemWriter(JsonMapper jsonMapper) {
        return new ProblemWriter(jsonMapper);
    }

    @Bean
    SecurityFilterChain api(HttpSecurity http, ProblemWriter problems, ObjectProvider<JwtDecoder> jwtDecoder,
                            SecurityProperties properties, UserAccounts users, TillKeys tills,
                            LoginThrottle throttle, LoginAudit audit) throws Exception {
        AuthenticationEntryPoint askForCredentials = (request, response, e) -> {
            if (e instanceof LoginRefusedException refused) {
                response.setHeader("Retry-After", String.valueOf(refused.retryAfterSeconds()));
                problems.write(request, response, ApiProblem.of(refused.status(), refused.code(),
                        refused.getMessage()));
                return;
            }
            response.setHeader("WWW-Authenticate", "Basic realm=\"loyalty-ledger\"");
            problems.write(request, response, ApiProblem.of(HttpStatus.UNAUTHORIZED, "auth.unauthenticated",
                    "Log in with HTTP Basic, a till key" + (jwtDecoder.getIfAvailable() == null ? ""
                            : " or a bearer token")));
        };
        http
                .csrf(csrf -> csrf.disable())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .httpBasic(basic -> basic.authenticationEntryPoint(askForCredentials))
                .exceptionHandling(handling -> handling.authenticationEntryPoint(askForCredentials)
                        .accessDeniedHandler((request, response, e) ->
                                problems.write(request, response, ApiProblem.of(HttpStatus.FORBIDDEN,
                                        "access.denied", "Your role does not allow this"))))
                .authorizeHttpRequests(requests -> {
                    // the container's error page only renders the problem of a request already refused
                    requests.dispatcherTypeMatchers(DispatcherType.ERROR).permitAll();
                    AccessRules.apply(requests);
                })
                .addFilterBefore(new TillKeyFilter(tills, throttle, audit, askForCredentials),
                        BasicAuthenticationFilter.class)
                .addFilterAfter(new RequestMetadataFilter(problems), AuthorizationFilter.class);
        if (jwtDecoder.getIfAvailable() != null) {
            http.oauth2ResourceServer(server -> server
                    .authenticationEntryPoint(askForCredentials)
                    .jwt(jwt -> jwt.jwtAuthenticationConverter(
                            JwtActors.converter(properties.jwtRolesClaim(), users))));
        }
        return http.build();
    }

    /**
     * No observation around each security filter, authentication and authorization of every request: they cost
     * about a tenth of the purchase throughput. Requests are still timed as a whole ({@code http.server.requests}).
     */
    @Bean
    SecurityObservationSettings securityObservationSettings() {
        return SecurityObservationSettings.noObservations();
    }

    /**
     * BCrypt for new passwords; the {id} prefix keeps hashes readable should the algorithm ever change. Logins
     * check passwords through {@link PasswordAuthentication}, which throttles and caches.
     */
    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }
}
