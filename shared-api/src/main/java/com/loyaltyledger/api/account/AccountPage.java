package com.loyaltyledger.api.account;

import java.util.List;

public record AccountPage(List<AccountView> items, int page, int size, long totalItems) {
}
