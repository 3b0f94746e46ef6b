package com.loyaltyledger.command.account;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/** Which business day a moment belongs to: daily spending caps reset at midnight in this zone. */
public record BusinessCalendar(ZoneId zone) {

    public LocalDate dayOf(Instant instant) {
        return LocalDate.ofInstant(instant, zone);
    }
}
