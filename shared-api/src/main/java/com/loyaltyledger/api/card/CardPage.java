package com.loyaltyledger.api.card;

import java.util.List;

public record CardPage(List<CardSummary> items, int page, int size, long totalItems) {
}
