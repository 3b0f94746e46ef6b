package com.loyaltyledger.api.card;

import java.util.function.Function;

/** The editable fields of a card, by their API name. */
public enum CardField implements EditableField<CardDetails> {
    GROUP_ID("groupId", CardDetails::groupId),
    VALID_FROM("validFrom", CardDetails::validFrom),
    VALID_TO("validTo", CardDetails::validTo),
    HOME_STORE_CODE("homeStoreCode", CardDetails::homeStoreCode),
    MULTIPLIER("multiplier", CardDetails::multiplier),
    MULTIPLIER_FROM("multiplierFrom", CardDetails::multiplierFrom),
    MULTIPLIER_TO("multiplierTo", CardDetails::multiplierTo);

    private final String apiName;
    private final Function<CardDetails, Object> getter;

    CardField(String apiName, Function<CardDetails, Object> getter) {
        this.apiName = apiName;
        this.getter = getter;
    }

    @Override
    public String apiName() {
        return apiName;
    }

    @Override
    public Object get(CardDetails details) {
        return getter.apply(details);
    }
}
