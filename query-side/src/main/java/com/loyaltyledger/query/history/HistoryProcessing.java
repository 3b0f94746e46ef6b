package com.loyaltyledger.query.history;

/** The processing group every per-entity history projection belongs to. */
public final class HistoryProcessing {

    public static final String GROUP = "history";

    private HistoryProcessing() {
    }
}
