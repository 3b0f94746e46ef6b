package com.loyaltyledger.command.category;

import com.loyaltyledger.api.category.CategoryTerms;
import java.util.Optional;

/** The command side's knowledge of client categories, consistent with their events. */
public interface CategoryDirectory {

    boolean exists(String categoryId);

    /** The category using this name (case-insensitive), if any. */
    Optional<String> findByName(String name);

    /** The category's current terms, for pricing; the name in them is the lower-case lookup key. */
    Optional<CategoryTerms> terms(String categoryId);

    /** The type of the account new clients of this category get, if any. */
    Optional<String> accountTypeOf(String categoryId);
}
