package com.loyaltyledger.api.client;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.MonthDay;
import java.util.List;

/**
 * Filters of the client list; every null filter is ignored.
 *
 * @param name any part of the last, first, middle or organisation name, case-insensitive
 * @param phonePrefixes international digit strings (no '+') derived from what the user typed; a client matches
 *                      when one of them starts one of its phones
 * @param phoneSuffix the typed digits; a client also matches when one of its phones ends with them
 * @param birthdayFrom with {@code birthdayTo}: a day/month range, may wrap over the new year
 * @param deleted false (the default at the API) lists only live clients, true only deleted ones
 * @param includeSubtree with {@code parentId}: the whole subtree rather than direct children
 * @param accumulatedFrom with {@code accumulatedTo}: inclusive bounds of the accumulated purchase total
 * @param lastPurchaseFrom inclusive; {@code lastPurchaseTo} exclusive
 * @param receiptsFrom inclusive bounds of the number of receipts, with {@code receiptsTo}
 */
public record ClientSearchCriteria(String name,
                                   List<String> phonePrefixes,
                                   String phoneSuffix,
                                   MonthDay birthdayFrom,
                                   MonthDay birthdayTo,
                                   String codeWord,
                                   String code,
                                   String tag,
                                   Boolean blocked,
                                   Boolean deleted,
                                   Boolean hasPhone,
                                   Boolean hasEmail,
                                   String parentId,
                                   boolean includeSubtree,
                                   String categoryId,
                                   BigDecimal accumulatedFrom,
                                   BigDecimal accumulatedTo,
                                   Instant lastPurchaseFrom,
                                   Instant lastPurchaseTo,
                                   Long receiptsFrom,
                                   Long receiptsTo,
                                   ClientSort sort) {
}
