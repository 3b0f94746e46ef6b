package com.loyaltyledger.api.card;

import com.loyaltyledger.api.common.PageRequest;

/** All card groups, by name. */
public record FindCardGroupsQuery(PageRequest page) {
}
