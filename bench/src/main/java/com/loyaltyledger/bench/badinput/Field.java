package com.loyaltyledger.bench.badinput;

/** A field of a request body, as far as breaking it goes: what kind of value it takes, and whether it must be there. */
record Field(String name, Kind kind, boolean required) {

    enum Kind {
        /** free text */
        TEXT,
        /** the id of something that must exist */
        REFERENCE,
        /** a ledger amount: a decimal string in the asset's scale, positive */
        AMOUNT,
        /** a ledger balance or limit: a decimal string in the asset's scale, zero allowed */
        BALANCE,
        /** a decimal number (percents, multipliers, prices) */
        DECIMAL,
        INTEGER,
        BOOLEAN,
        /** YYYY-MM-DD */
        DATE,
        /** ISO-8601 instant */
        INSTANT,
        /** ISO-8601 duration */
        DURATION,
        /** one of a fixed set of names */
        ENUM,
        /** a list of texts */
        TEXT_LIST,
        /** a list of whole numbers */
        INTEGER_LIST,
        /** a list of objects (receipt lines) */
        OBJECT_LIST
    }

    static Field required(String name, Kind kind) {
        return new Field(name, kind, true);
    }

    static Field optional(String name, Kind kind) {
        return new Field(name, kind, false);
    }
}
