package com.loyaltyledger.api.category;

/** All categories by name; with {@code onlyShownInLists} those operators may pick. */
public record FindCategoriesQuery(boolean onlyShownInLists) {
}
