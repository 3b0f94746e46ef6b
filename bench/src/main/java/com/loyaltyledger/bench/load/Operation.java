package com.loyaltyledger.bench.load;

/** What the load's clients do, and how often of every hundred requests in the default mix. */
public enum Operation {
    PURCHASE_EARN("purchase, earning", 70),
    PURCHASE_SPEND("purchase, spending and earning", 10),
    CARD_LOOKUP("card by number", 10),
    CLIENT_SEARCH("client by phone", 5),
    JOURNAL_READ("a client's journal", 5);

    private final String label;
    private final int defaultWeight;

    Operation(String label, int defaultWeight) {
        this.label = label;
        this.defaultWeight = defaultWeight;
    }

    public String label() {
        return label;
    }

    public int defaultWeight() {
        return defaultWeight;
    }

    public boolean isPurchase() {
        return this == PURCHASE_EARN || this == PURCHASE_SPEND;
    }
}
