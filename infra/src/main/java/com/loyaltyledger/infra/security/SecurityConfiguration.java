package com.loyaltyledger.infra.security;

import com.loyaltyledger.infra.web.ApiProblem;
import com.loyaltyledger.infra.web.ProblemWriter;
import com.loyaltyledger.infra.web.RequestMetadataFilter;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every request is authenticated with HTTP Basic; there are no sessions and no CSRF tokens, because callers are
 * tills, scripts and other systems, not browsers holding cookies. Failures answer with problem details.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(SecurityProperties.class)
public class SecurityConfiguration {

    @Bean
    ProblemWriter problemWriter(JsonMapper jsonMapper) {
        return new ProblemWriter(jsonMapper);
    }

    @Bean
    SecurityFilterChain api(HttpSecurity http, ProblemWriter problems) throws Exception {
        AuthenticationEntryPoint askForCredentials = (request, response, e) -> {
            response.setHeader("WWW-Authenticate", "Basic realm=\"loyalty-ledger\"");
            problems.write(request, response, ApiProblem.of(HttpStatus.UNAUTHORIZED, "auth.unauthenticated",
                    "Log in with HTTP Basic"));
        };
        return http
                .csrf(csrf -> csrf.disable())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .httpBasic(basic -> basic.authenticationEntryPoint(askForCredentials))
                .exceptionHandling(handling -> handling.authenticationEntryPoint(askForCredentials)
                        .accessDeniedHandler((request, response, e) ->
                        problems.write(request, response, ApiProblem.of(HttpStatus.FORBIDDEN, "access.denied",
                                "Your role does not allow this"))))
                .authorizeHttpRequests(requests -> requests.anyRequest().authenticated())
                .addFilterAfter(new RequestMetadataFilter(problems), AuthorizationFilter.class)
                .build();
    }

    /** BCrypt for new passwords; the {id} prefix keeps hashes readable should the algorithm ever change. */
    @Bean
    PasswordEncoder passwordEncoder() {
        return new CachingPasswordEncoder(PasswordEncoderFactories.createDelegatingPasswordEncoder());
    }
}
