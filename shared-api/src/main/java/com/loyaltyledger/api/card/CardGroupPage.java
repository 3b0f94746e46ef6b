package com.loyaltyledger.api.card;

import java.util.List;

public record CardGroupPage(List<CardGroupView> items, int page, int size, long totalItems) {
}
