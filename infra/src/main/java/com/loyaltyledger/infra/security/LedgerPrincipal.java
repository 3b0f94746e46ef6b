package com.loyaltyledger.infra.security;

import java.io.Serializable;
import java.util.Set;
import org.springframework.security.core.AuthenticatedPrincipal;

/**
 * Who is calling, once authenticated by password or till key: the name the audit trail shows and the stores the
 * caller may sell in (empty: any). A till is bound to exactly one store.
 */
public record LedgerPrincipal(String name, Set<String> storeCodes, boolean till)
        implements AuthenticatedPrincipal, Serializable {

    public LedgerPrincipal {
        storeCodes = Set.copyOf(storeCodes);
    }

    @Override
    public String getName() {
        return name;
    }
}
