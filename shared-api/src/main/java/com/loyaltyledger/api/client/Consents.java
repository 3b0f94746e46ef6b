package com.loyaltyledger.api.client;

import java.util.Set;
import java.util.TreeSet;

/** What the client agreed to and how the business may reach them. */
public record Consents(boolean mailing,
                       boolean sms,
                       boolean advertising,
                       boolean receiptByEmail,
                       boolean emailConfirmed,
                       Set<ContactChannel> channels) {

    public static final Consents NONE = new Consents(false, false, false, false, false, Set.of());

    public Consents {
        // sorted so that equal consents serialize, compare and display identically
        channels = channels == null ? Set.of() : java.util.Collections.unmodifiableSet(new TreeSet<>(channels));
    }
}
