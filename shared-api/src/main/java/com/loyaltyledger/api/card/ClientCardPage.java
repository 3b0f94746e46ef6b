package com.loyaltyledger.api.card;

import java.util.List;

public record ClientCardPage(String clientId, List<ClientCard> items, int page, int size, long totalItems) {
}
