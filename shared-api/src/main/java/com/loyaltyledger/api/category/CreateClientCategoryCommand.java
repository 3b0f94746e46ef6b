package com.loyaltyledger.api.category;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record CreateClientCategoryCommand(@TargetAggregateIdentifier String categoryId, CategoryTerms terms) {
}
