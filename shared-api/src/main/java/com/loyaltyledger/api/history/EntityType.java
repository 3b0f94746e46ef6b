package com.loyaltyledger.api.history;

/** Names of the entity types the history knows. */
public final class EntityType {

    public static final String CLIENT = "CLIENT";
    public static final String CATEGORY = "CATEGORY";
    public static final String CARD = "CARD";
    public static final String CARD_GROUP = "CARD_GROUP";
    public static final String ACCOUNT = "ACCOUNT";
    public static final String ACCOUNT_TYPE = "ACCOUNT_TYPE";
    /** Logins: lockouts by user name, or by source address when no user is concerned. */
    public static final String LOGIN = "LOGIN";

    private EntityType() {
    }
}
