package com.loyaltyledger.api.client;

import java.time.LocalDate;

/** A date the client wants remembered (a wedding, a child's birthday) with what it is. */
public record SpecialDate(LocalDate date, String description) {
}
