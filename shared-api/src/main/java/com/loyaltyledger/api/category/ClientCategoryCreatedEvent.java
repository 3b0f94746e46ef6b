package com.loyaltyledger.api.category;

public record ClientCategoryCreatedEvent(String categoryId, CategoryTerms terms) {
}
