package com.loyaltyledger.api.common;

/** Where a command came from; kept in every event's metadata for the audit trail. */
public enum Channel {
    API,
    BACK_OFFICE,
    POS,
    IMPORT,
    /** The product itself, e.g. a policy reacting to an event on behalf of the original actor. */
    SYSTEM
}
