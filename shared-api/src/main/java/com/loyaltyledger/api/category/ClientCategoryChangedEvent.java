package com.loyaltyledger.api.category;

public record ClientCategoryChangedEvent(String categoryId, CategoryTerms before, CategoryTerms after) {
}
