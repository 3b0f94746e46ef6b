package com.loyaltyledger.api.category;

import java.util.Set;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Sets the named {@code fields} of the category's terms to their values in {@code changes}. */
public record ChangeClientCategoryCommand(@TargetAggregateIdentifier String categoryId,
                                          CategoryTerms changes,
                                          Set<String> fields) {
}
