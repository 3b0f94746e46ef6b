package com.loyaltyledger.api.card;

import java.math.BigDecimal;
import java.util.Collection;

/**
 * What a card group sets for its cards. Inside a {@link CardGroupChangedEvent} only the changed fields mean
 * something.
 *
 * @param defaultMultiplier the bonus multiplier of the group's cards outside their own multiplier's period
 * @param bonusAccountTypeId the account type a new card's bonus account gets, once the ledger exists
 * @param pinRequiredToSpend whether spending bonus with a card of the group that has a PIN needs the PIN; null
 *                           (a group made before the setting existed, or a patch that leaves it) means yes
 */
public record CardGroupDetails(String name,
                               CardType cardType,
                               BigDecimal defaultMultiplier,
                               String bonusAccountTypeId,
                               Boolean pinRequiredToSpend) {

    public static final CardGroupDetails EMPTY = new CardGroupDetails(null, null, null, null, null);

    public CardGroupDetails {
        name = clean(name);
        defaultMultiplier = Multipliers.normalize(defaultMultiplier);
        bonusAccountTypeId = clean(bonusAccountTypeId);
    }

    /** This group with the given fields taken from {@code source}. */
    public CardGroupDetails with(CardGroupDetails source, Collection<CardGroupField> fields) {
        return new CardGroupDetails(
                fields.contains(CardGroupField.NAME) ? source.name : name,
                fields.contains(CardGroupField.CARD_TYPE) ? source.cardType : cardType,
                fields.contains(CardGroupField.DEFAULT_MULTIPLIER) ? source.defaultMultiplier : defaultMultiplier,
                fields.contains(CardGroupField.BONUS_ACCOUNT_TYPE_ID) ? source.bonusAccountTypeId
                        : bonusAccountTypeId,
                fields.contains(CardGroupField.PIN_REQUIRED_TO_SPEND) ? source.pinRequiredToSpend
                        : pinRequiredToSpend);
    }

    /** The setting as it applies: on unless turned off. */
    public boolean pinRequired() {
        return !Boolean.FALSE.equals(pinRequiredToSpend);
    }

    public CardGroupDetails only(Collection<CardGroupField> fields) {
        return EMPTY.with(this, fields);
    }

    private static String clean(String value) {
        if (value == null) {
            return null;
        }
        String trimmed = value.strip();
        return trimmed.isEmpty() ? null : trimmed;
    }
}
