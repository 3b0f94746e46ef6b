package com.loyaltyledger.command.client;

import com.loyaltyledger.api.category.CategoryTerms;
import com.loyaltyledger.command.category.CategoryDirectory;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** Client categories known to fixture tests: id → name. */
final class InMemoryCategories implements CategoryDirectory {

    private final Map<String, String> names = new HashMap<>();

    InMemoryCategories add(String categoryId, String name) {
        names.put(categoryId, name);
        return this;
    }

    @Override
    public boolean exists(String categoryId) {
        return names.containsKey(categoryId);
    }

    @Override
    public Optional<String> findByName(String name) {
        return names.entrySet().stream()
                .filter(entry -> entry.getValue().toLowerCase(Locale.ROOT).equals(name.toLowerCase(Locale.ROOT)))
                .map(Map.Entry::getKey).findFirst();
    }

    @Override
    public Optional<CategoryTerms> terms(String categoryId) {
        return Optional.empty();
    }

    @Override
    public Optional<String> accountTypeOf(String categoryId) {
        return Optional.empty();
    }
}
