package com.loyaltyledger.infra.security;

/** What a person's job allows; every endpoint names the roles it admits in {@link AccessRules}. */
public enum Role {
    /** Tills: purchases, refunds, card look-up. */
    CASHIER,
    /** Back office: clients, cards, manual postings. */
    OPERATOR,
    /** Categories, card groups, account types, and everything an operator does. */
    MANAGER,
    /** Reads everything, history and the ledger check included; writes nothing. */
    AUDITOR,
    /** Reads lists, journals and reports, with personal data masked. */
    ANALYST,
    /** Users, and everything else. */
    ADMIN;

    public String authority() {
        return "ROLE_" + name();
    }

    /** The role of that name, or null for a name that is no role (e.g. from a token issued for other systems). */
    public static Role valueOfOrNull(String name) {
        for (Role role : values()) {
            if (role.name().equals(name)) {
                return role;
            }
        }
        return null;
    }
}
