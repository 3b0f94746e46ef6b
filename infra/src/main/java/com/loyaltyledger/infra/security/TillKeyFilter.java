package com.loyaltyledger.infra.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Authenticates tills by their API key ({@code Authorization: Till <key>}). A till acts as a CASHIER bound to its
 * store, under the name {@code till:<name>}. A wrong key counts as a failed login of its source address, and an
 * address that used up its failures is refused before its key is looked at.
 */
class TillKeyFilter extends OncePerRequestFilter {

    static final String SCHEME = "Till ";

    private final TillKeys tills;
    private final LoginThrottle throttle;
    private final LoginAudit audit;
    private final AuthenticationEntryPoint refusal;
    private final SecurityContextHolderStrategy contexts = SecurityContextHolder.getContextHolderStrategy();

    TillKeyFilter(TillKeys tills, LoginThrottle throttle, LoginAudit audit, AuthenticationEntryPoint refusal) {
        this.tills = tills;
        this.throttle = throttle;
        this.audit = audit;
        this.refusal = refusal;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String header = request.getHeader("Authorization");
        if (header == null || !header.regionMatches(true, 0, SCHEME, 0, SCHEME.length())) {
            chain.doFilter(request, response);
            return;
        }
        String address = request.getRemoteAddr();
        try {
            throttle.refuseIfAddressLocked(address);
            Optional<TillKeys.Till> till = tills.authenticate(header.substring(SCHEME.length()).strip());
            if (till.isEmpty()) {
                audit.lockedOut(throttle.failed(null, address), null, address);
                throw new BadCredentialsException("Unknown or revoked till key");
            }
            SecurityContext context = contexts.createEmptyContext();
            context.setAuthentication(new TillAuthentication(till.get()));
            contexts.setContext(context);
        } catch (AuthenticationException e) {
            contexts.clearContext();
            refusal.commence(request, response, e);
            return;
        }
        chain.doFilter(request, response);
    }

    /** A till, authenticated: a CASHIER of its one store. */
    static final class TillAuthentication extends AbstractAuthenticationToken {

        private final LedgerPrincipal principal;

        TillAuthentication(TillKeys.Till till) {
            super(List.of(new SimpleGrantedAuthority(Role.CASHIER.authority())));
            this.principal = new LedgerPrincipal(till.actor(), Set.of(till.storeCode()), true);
            setAuthenticated(true);
        }

        @Override
        public Object getCredentials() {
            return null;
        }

        @Override
        public Object getPrincipal() {
            return principal;
        }
    }
}
