package com.loyaltyledger.api.category;

import java.time.Instant;

public record CategoryView(String id, CategoryTerms terms, Instant createdAt, Instant updatedAt) {
}
