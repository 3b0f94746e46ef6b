package com.loyaltyledger.api.account;

import com.loyaltyledger.api.common.PageRequest;

public record FindAccountsQuery(AccountSearchCriteria criteria, PageRequest page) {
}
