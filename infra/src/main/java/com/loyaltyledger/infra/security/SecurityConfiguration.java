package com.loyaltyledger.infra.security;

import com.loyaltyledger.infra.web.ApiProblem;
import com.loyaltyledger.infra.web.ProblemWriter;
import com.loyaltyledger.infra.web.RequestMetadataFilter;
import jakarta.servlet.DispatcherType;
import java.util.Collection;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.convert.converter.Converter;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every request is authenticated: HTTP Basic against the users table, and, when a JWT decoder is configured
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
                            SecurityProperties properties) throws Exception {
        AuthenticationEntryPoint askForCredentials = (request, response, e) -> {
            response.setHeader("WWW-Authenticate", "Basic realm=\"loyalty-ledger\"");
            problems.write(request, response, ApiProblem.of(HttpStatus.UNAUTHORIZED, "auth.unauthenticated",
                    "Log in with HTTP Basic" + (jwtDecoder.getIfAvailable() == null ? "" : " or a bearer token")));
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
                .addFilterAfter(new RequestMetadataFilter(problems), AuthorizationFilter.class);
        if (jwtDecoder.getIfAvailable() != null) {
            http.oauth2ResourceServer(server -> server
                    .authenticationEntryPoint(askForCredentials)
                    .jwt(jwt -> jwt.jwtAuthenticationConverter(rolesFrom(properties.jwtRolesClaim()))));
        }
        return http.build();
    }

    /** BCrypt for new passwords; the {id} prefix keeps hashes readable should the algorithm ever change. */
    /**
     * No observation around each security filter, authentication and authorization of every request: they cost
     * about a tenth of the purchase throughput. Requests are still timed as a whole ({@code http.server.requests}).
     */
    @Bean
    SecurityObservationSettings securityObservationSettings() {
        return SecurityObservationSettings.noObservations();
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return new CachingPasswordEncoder(PasswordEncoderFactories.createDelegatingPasswordEncoder());
    }

    /** Roles from a claim holding role names (a list, or one space-separated string); the name is the user. */
    private static Converter<Jwt, AbstractAuthenticationToken> rolesFrom(String claim) {
        return jwt -> {
            Object value = jwt.getClaims().get(claim);
            Collection<String> names = value instanceof Collection<?> list
                    ? list.stream().map(String::valueOf).toList()
                    : value == null ? List.of() : List.of(String.valueOf(value).split("\\s+"));
            List<GrantedAuthority> authorities = names.stream()
                    .filter(name -> Role.valueOfOrNull(name) != null)
                    .map(name -> (GrantedAuthority) new SimpleGrantedAuthority(Role.valueOf(name).authority()))
                    .toList();
            String user = jwt.getClaimAsString("preferred_username");
            return new JwtAuthenticationToken(jwt, authorities, user == null ? jwt.getSubject() : user);
        };
    }
}
