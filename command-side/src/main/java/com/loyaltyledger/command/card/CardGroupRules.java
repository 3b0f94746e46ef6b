package com.loyaltyledger.command.card;

import com.loyaltyledger.api.card.CardGroupDetails;
import com.loyaltyledger.api.common.FieldError;
import java.util.ArrayList;
import java.util.List;

/** What a valid card group looks like; all broken rules at once, each naming its field. */
public final class CardGroupRules {

    public static final int MAX_NAME = 200;
    public static final int MAX_ID = 64;

    private CardGroupRules() {
    }

    public static void validate(CardGroupDetails details) {
        List<FieldError> errors = new ArrayList<>();
        if (details.name() == null) {
            errors.add(new FieldError("name", "name is required"));
        } else if (details.name().length() > MAX_NAME) {
            errors.add(new FieldError("name", "name is longer than " + MAX_NAME));
        }
        if (details.cardType() == null) {
            errors.add(new FieldError("cardType", "cardType is required: BONUS, DISCOUNT or GIFT"));
        }
        if (details.defaultMultiplier() == null) {
            errors.add(new FieldError("defaultMultiplier", "defaultMultiplier is required"));
        }
        CardRules.multiplier(errors, "defaultMultiplier", details.defaultMultiplier());
        if (details.bonusAccountTypeId() != null && details.bonusAccountTypeId().length() > MAX_ID) {
            errors.add(new FieldError("bonusAccountTypeId", "bonusAccountTypeId is longer than " + MAX_ID));
        }
        if (details.pinRequiredToSpend() == null) {
            errors.add(new FieldError("pinRequiredToSpend", "pinRequiredToSpend is true or false"));
        }
        CardRules.refuseIfAny(errors, "card group");
    }
}
