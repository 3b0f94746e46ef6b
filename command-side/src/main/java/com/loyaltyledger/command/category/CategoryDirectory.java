package com.loyaltyledger.command.category;

import java.util.Optional;

/** The command side's knowledge of client categories, consistent with their events. */
public interface CategoryDirectory {

    boolean exists(String categoryId);

    /** The category using this name (case-insensitive), if any. */
    Optional<String> findByName(String name);

    /** The type of the account new clients of this category get, if any. */
    Optional<String> accountTypeOf(String categoryId);
}
