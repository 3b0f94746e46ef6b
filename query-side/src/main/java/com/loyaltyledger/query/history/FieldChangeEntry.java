package com.loyaltyledger.query.history;

import com.loyaltyledger.api.history.FieldChange;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

@Embeddable
public class FieldChangeEntry {

    static final int MAX_VALUE = 4000;

    @Column(name = "field", nullable = false, length = 100)
    private String field;
    @Column(name = "old_value", length = MAX_VALUE)
    private String oldValue;
    @Column(name = "new_value", length = MAX_VALUE)
    private String newValue;

    protected FieldChangeEntry() {
    }

    FieldChangeEntry(FieldChange change) {
        this.field = change.field();
        this.oldValue = truncate(change.oldValue());
        this.newValue = truncate(change.newValue());
    }

    FieldChange toFieldChange() {
        return new FieldChange(field, oldValue, newValue);
    }

    private static String truncate(String value) {
        return value == null || value.length() <= MAX_VALUE ? value : value.substring(0, MAX_VALUE - 1) + "…";
    }
}
