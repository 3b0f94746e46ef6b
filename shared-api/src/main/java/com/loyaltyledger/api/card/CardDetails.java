package com.loyaltyledger.api.card;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;

/**
 * Everything about a card an operator edits: all but its number, owner, status and PIN. As with clients, the
 * same record carries a whole card or, inside a {@link CardDetailsChangedEvent}, only the changed fields.
 *
 * @param validFrom first day the card may be used; none: from issue
 * @param validTo last day the card may be used; none: without end
 * @param multiplier the card's own bonus multiplier, applied from {@code multiplierFrom} to {@code multiplierTo}
 *                   (both inclusive, either may be open); outside that period the group's default applies
 */
public record CardDetails(String groupId,
                          LocalDate validFrom,
                          LocalDate validTo,
                          String homeStoreCode,
                          BigDecimal multiplier,
                          LocalDate multiplierFrom,
                          LocalDate multiplierTo) {

    public static final CardDetails EMPTY = new CardDetails(null, null, null, null, null, null, null);

    public CardDetails {
        groupId = clean(groupId);
        homeStoreCode = clean(homeStoreCode);
        multiplier = Multipliers.normalize(multiplier);
    }

    /** This card with the given fields taken from {@code source}. */
    public CardDetails with(CardDetails source, Collection<CardField> fields) {
        return new CardDetails(
                pick(fields, CardField.GROUP_ID, source.groupId, groupId),
                pick(fields, CardField.VALID_FROM, source.validFrom, validFrom),
                pick(fields, CardField.VALID_TO, source.validTo, validTo),
                pick(fields, CardField.HOME_STORE_CODE, source.homeStoreCode, homeStoreCode),
                pick(fields, CardField.MULTIPLIER, source.multiplier, multiplier),
                pick(fields, CardField.MULTIPLIER_FROM, source.multiplierFrom, multiplierFrom),
                pick(fields, CardField.MULTIPLIER_TO, source.multiplierTo, multiplierTo));
    }

    /** Only the given fields of this card; the rest empty. */
    public CardDetails only(Collection<CardField> fields) {
        return EMPTY.with(this, fields);
    }

    /** The multiplier that applies on {@code day}: the card's own within its period, else the group's default. */
    public BigDecimal multiplierOn(LocalDate day, BigDecimal groupDefault) {
        boolean inPeriod = multiplier != null
                && (multiplierFrom == null || !day.isBefore(multiplierFrom))
                && (multiplierTo == null || !day.isAfter(multiplierTo));
        return inPeriod ? multiplier : groupDefault;
    }

    private static <T> T pick(Collection<CardField> fields, CardField field, T changed, T current) {
        return fields.contains(field) ? changed : current;
    }

    private static String clean(String value) {
        if (value == null) {
            return null;
        }
        String trimmed = value.strip();
        return trimmed.isEmpty() ? null : trimmed;
    }
}
