package com.loyaltyledger.api.client;

import java.util.List;

public record ClientPage(List<ClientSummary> items, int page, int size, long totalItems) {
}
