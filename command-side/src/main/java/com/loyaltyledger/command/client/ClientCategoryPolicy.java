package com.loyaltyledger.command.client;

import com.loyaltyledger.api.client.ClientDetails;
import com.loyaltyledger.api.client.ClientError;
import com.loyaltyledger.api.common.DomainException;
import com.loyaltyledger.command.category.CategoryDirectory;
import java.util.Map;

/**
 * A client's category must exist, and is set at the top of a hierarchy only: employees and departments get the
 * category of the organisation they belong to.
 */
public final class ClientCategoryPolicy {

    private final CategoryDirectory categories;

    public ClientCategoryPolicy(CategoryDirectory categories) {
        this.categories = categories;
    }

    public void check(ClientDetails details) {
        if (details.categoryId() == null) {
            return;
        }
        if (details.parentId() != null) {
            throw DomainException.invalidField("categoryId", "the category is set on the organisation at the top "
                    + "of the hierarchy; this client inherits it");
        }
        if (!categories.exists(details.categoryId())) {
            throw new DomainException(ClientError.CATEGORY_NOT_FOUND,
                    "There is no client category " + details.categoryId(),
                    Map.of("categoryId", details.categoryId()));
        }
    }
}
