package com.loyaltyledger.infra.web;

import com.loyaltyledger.api.common.PageRequest;

/** Defaults of the {@code page} and {@code size} parameters every list takes. */
public final class Paging {

    public static final String DEFAULT_PAGE = "0";
    public static final String DEFAULT_SIZE = "20";

    private Paging() {
    }

    public static PageRequest of(int page, int size) {
        return new PageRequest(page, size);
    }
}
