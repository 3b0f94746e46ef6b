package com.loyaltyledger.api.journal;

import java.util.List;

/** The turnover of every account an owner has. */
public record OwnerTurnover(List<Turnover> accounts) {
}
