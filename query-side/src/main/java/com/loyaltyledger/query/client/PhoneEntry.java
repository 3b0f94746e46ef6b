package com.loyaltyledger.query.client;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A client's phone as stored for search: E.164 and its bare digits (for prefix and suffix matches). */
@Embeddable
public class PhoneEntry {

    @Column(name = "e164", nullable = false, length = 16)
    private String e164;

    @Column(name = "digits", nullable = false, length = 15)
    private String digits;

    protected PhoneEntry() {
    }

    PhoneEntry(String e164) {
        this.e164 = e164;
        this.digits = e164.substring(1);
    }

    String e164() {
        return e164;
    }
}
