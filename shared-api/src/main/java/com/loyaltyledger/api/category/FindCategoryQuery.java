package com.loyaltyledger.api.category;

public record FindCategoryQuery(String categoryId) {
}
