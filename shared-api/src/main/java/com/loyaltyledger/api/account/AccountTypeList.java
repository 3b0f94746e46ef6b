package com.loyaltyledger.api.account;

import java.util.List;

public record AccountTypeList(List<AccountTypeView> items) {
}
