package com.loyaltyledger.api.card;

import java.util.function.Function;

/** The editable fields of a card group, by their API name. */
public enum CardGroupField implements EditableField<CardGroupDetails> {
    NAME("name", CardGroupDetails::name),
    CARD_TYPE("cardType", CardGroupDetails::cardType),
    DEFAULT_MULTIPLIER("defaultMultiplier", CardGroupDetails::defaultMultiplier),
    BONUS_ACCOUNT_TYPE_ID("bonusAccountTypeId", CardGroupDetails::bonusAccountTypeId),
    PIN_REQUIRED_TO_SPEND("pinRequiredToSpend", CardGroupDetails::pinRequiredToSpend);

    private final String apiName;
    private final Function<CardGroupDetails, Object> getter;

    CardGroupField(String apiName, Function<CardGroupDetails, Object> getter) {
        this.apiName = apiName;
        this.getter = getter;
    }

    @Override
    public String apiName() {
        return apiName;
    }

    @Override
    public Object get(CardGroupDetails details) {
        return getter.apply(details);
    }
}
