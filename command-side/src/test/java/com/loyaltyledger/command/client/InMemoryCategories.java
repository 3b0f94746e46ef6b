package com.loyaltyledger.command.client;

import com.loyaltyledger.api.category.CategoryTerms;
import com.loyaltyledger.command.category.CategoryDirectory;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** Client categories known to fixture tests: id → name, and the account type new clients get (if any). */
public final class InMemoryCategories implements CategoryDirectory {

    private final Map<String, String> names = new HashMap<>();
    private final Map<String, String> accountTypes = new HashMap<>();

    public InMemoryCategories add(String categoryId, String name) {
        names.put(categoryId, name);
        return this;
    }

    /** A category whose new clients get an account of {@code accountTypeId}. */
    public InMemoryCategories add(String categoryId, String name, String accountTypeId) {
        accountTypes.put(categoryId, accountTypeId);
        return add(categoryId, name);
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
        return Optional.ofNullable(accountTypes.get(categoryId));
    }
}
