package com.loyaltyledger.api.category;

import java.util.List;

public record CategoryList(List<CategoryView> items) {
}
