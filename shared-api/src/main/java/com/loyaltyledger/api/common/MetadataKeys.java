package com.loyaltyledger.api.common;

/** Keys of the metadata every command carries and every event inherits. */
public final class MetadataKeys {

    /** The authenticated user, or {@code system} for commands the product sends itself. */
    public static final String ACTOR = "actor";
    /** A {@link Channel} name. */
    public static final String CHANNEL = "channel";
    /** Ties together everything one request caused; from {@code X-Request-Id} or generated. */
    public static final String CORRELATION_ID = "correlationId";
    /** For system commands: the user whose action caused them. */
    public static final String ON_BEHALF_OF = "onBehalfOf";
    /** The caller's idempotency key of a posting. */
    public static final String IDEMPOTENCY_KEY = "idempotencyKey";

    public static final String SYSTEM_ACTOR = "system";

    private MetadataKeys() {
    }
}
