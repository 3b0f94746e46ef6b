package com.loyaltyledger.infra.security;

import java.util.EnumSet;
import java.util.Set;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.stereotype.Component;

/**
 * Analysts read lists and reports, not people: for a caller whose roles give no reason to see contacts, phones and
 * emails come out partly hidden ({@code +7913*****02}, {@code i***@example.com}) — enough to tell records apart.
 */
@Component
public class PersonalDataMasking {

    private static final Set<Role> SEE_CONTACTS = EnumSet.of(Role.CASHIER, Role.OPERATOR, Role.MANAGER,
            Role.AUDITOR, Role.ADMIN);

    public boolean masksFor(Authentication caller) {
        if (caller == null) {
            return true;
        }
        for (GrantedAuthority authority : caller.getAuthorities()) {
            for (Role role : SEE_CONTACTS) {
                if (role.authority().equals(authority.getAuthority())) {
                    return false;
                }
            }
        }
        return true;
    }

    public static String phone(String e164) {
        if (e164 == null || e164.length() < 8) {
            return e164 == null ? null : "*".repeat(e164.length());
        }
        return e164.substring(0, 5) + "*".repeat(e164.length() - 7) + e164.substring(e164.length() - 2);
    }

    public static String email(String email) {
        if (email == null) {
            return null;
        }
        int at = email.indexOf('@');
        return at <= 0 ? "***" : email.charAt(0) + "***" + email.substring(at);
    }
}
