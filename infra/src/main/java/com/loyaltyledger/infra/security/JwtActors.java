package com.loyaltyledger.infra.security;

import com.loyaltyledger.api.common.MetadataKeys;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.convert.converter.Converter;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtClaimNames;
import org.springframework.security.oauth2.jwt.JwtClaimValidator;
import org.springframework.security.oauth2.jwt.JwtIssuerValidator;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

/**
 * Who a bearer token speaks for. Spring Boot's decoder checks the signature, {@code exp}/{@code nbf} when present,
 * {@code iss} when {@code spring.security.oauth2.resourceserver.jwt.issuer-uri} or {@code ledger.security.jwt-issuer}
 * is set and {@code aud} when {@code spring.security.oauth2.resourceserver.jwt.audiences} is; on top of that a token must expire ({@code exp} required: a token without it would be good
 * for ever), and its user must not pose as someone the audit trail already knows: not {@code system} (what the
 * product does itself), not a till ({@code till:…}), not a user who logs in with a password here.
 */
@Configuration(proxyBeanMethods = false)
class JwtActors {

    /** What an actor name in the audit trail may look like (as user names here, and ids of identity providers). */
    private static final Pattern NAME = Pattern.compile("^[A-Za-z0-9._@|-]{1,100}$");

    /** Spring Boot adds every validator bean to the ones of its JWT decoder. */
    @Bean
    OAuth2TokenValidator<Jwt> jwtMustExpire() {
        return new JwtClaimValidator<Instant>(JwtClaimNames.EXP, Objects::nonNull);
    }

    /**
     * With {@code .public-key-location} Spring Boot knows no issuer to check ({@code .issuer-uri} would make it
     * fetch the provider's configuration instead of using the key): {@code ledger.security.jwt-issuer} names it.
     */
    @Bean
    OAuth2TokenValidator<Jwt> jwtIssuer(SecurityProperties properties) {
        String issuer = properties.jwtIssuer();
        return issuer == null || issuer.isBlank() ? jwt -> OAuth2TokenValidatorResult.success()
                : new JwtIssuerValidator(issuer);
    }

    /** Roles from a claim holding role names (a list, or one space-separated string); the name is the user. */
    static Converter<Jwt, AbstractAuthenticationToken> converter(String rolesClaim, UserAccounts users) {
        return jwt -> {
            Object value = jwt.getClaims().get(rolesClaim);
            Collection<String> names = value instanceof Collection<?> list
                    ? list.stream().map(String::valueOf).toList()
                    : value == null ? List.of() : List.of(String.valueOf(value).split("\\s+"));
            List<GrantedAuthority> authorities = names.stream()
                    .filter(name -> Role.valueOfOrNull(name) != null)
                    .map(name -> (GrantedAuthority) new SimpleGrantedAuthority(Role.valueOf(name).authority()))
                    .toList();
            String user = jwt.getClaimAsString("preferred_username");
            String actor = user == null ? jwt.getSubject() : user;
            refuseReserved(actor, users);
            return new JwtAuthenticationToken(jwt, authorities, actor);
        };
    }

    private static void refuseReserved(String actor, UserAccounts users) {
        if (actor == null || !NAME.matcher(actor).matches()) {
            throw new InvalidBearerTokenException("The token names no usable user (preferred_username or sub)");
        }
        String lower = actor.toLowerCase(Locale.ROOT);
        if (lower.equals(MetadataKeys.SYSTEM_ACTOR) || lower.startsWith(TillKeys.ACTOR_PREFIX)
                || users.existsIgnoringCase(actor)) {
            throw new InvalidBearerTokenException("The token's user " + actor + " is reserved here");
        }
    }
}
