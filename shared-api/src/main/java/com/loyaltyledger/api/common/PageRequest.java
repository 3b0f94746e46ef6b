package com.loyaltyledger.api.common;

/** A page of a list: zero-based page number and page size, the first item's offset within an int. */
public record PageRequest(int page, int size) {

    public static final int MAX_SIZE = 500;

    public PageRequest {
        if (page < 0) {
            throw DomainException.invalidField("page", "page must be 0 or greater");
        }
        if (size < 1 || size > MAX_SIZE) {
            throw DomainException.invalidField("size", "size must be between 1 and " + MAX_SIZE);
        }
        // the databases' and Hibernate's offsets are ints; a page beyond them holds nothing anyone could reach
        if ((long) page * size > Integer.MAX_VALUE) {
            throw DomainException.invalidField("page", "page × size must be at most " + Integer.MAX_VALUE);
        }
    }

    public long offset() {
        return (long) page * size;
    }
}
