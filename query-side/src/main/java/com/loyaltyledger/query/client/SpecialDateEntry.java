package com.loyaltyledger.query.client;

import com.loyaltyledger.api.client.SpecialDate;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.LocalDate;

@Embeddable
public class SpecialDateEntry {

    @Column(name = "special_date", nullable = false)
    private LocalDate date;

    @Column(name = "description", length = 1000)
    private String description;

    protected SpecialDateEntry() {
    }

    SpecialDateEntry(SpecialDate specialDate) {
        this.date = specialDate.date();
        this.description = specialDate.description();
    }

    SpecialDate toSpecialDate() {
        return new SpecialDate(date, description);
    }
}
