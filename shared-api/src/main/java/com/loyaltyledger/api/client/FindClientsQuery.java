package com.loyaltyledger.api.client;

import com.loyaltyledger.api.common.PageRequest;

public record FindClientsQuery(ClientSearchCriteria criteria, PageRequest page) {
}
