package com.loyaltyledger.command.client;

import com.loyaltyledger.api.client.ClientDetails;
import com.loyaltyledger.api.client.ClientField;
import com.loyaltyledger.api.client.ClientKind;
import com.loyaltyledger.api.client.SpecialDate;
import com.loyaltyledger.api.common.CommonError;
import com.loyaltyledger.api.common.DomainException;
import com.loyaltyledger.api.common.FieldError;
import com.loyaltyledger.command.category.CategoryRules;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What a valid client profile looks like. All broken rules are reported at once, each naming its field, as a
 * {@code validation.failed} refusal.
 */
public final class ClientProfileRules {

    public static final int MAX_SPECIAL_DATES = 3;
    public static final int MAX_TEXT = 1_000;
    public static final int MAX_NAME = 200;
    public static final int MAX_PHONES = 10;
    public static final int MAX_ITEMS = 50;

    /** A pragmatic address check: one @, no spaces, a dot in the domain. */
    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s.]+$");
    private static final Set<ClientField> NAMES = EnumSet.of(ClientField.LAST_NAME, ClientField.FIRST_NAME,
            ClientField.MIDDLE_NAME, ClientField.ORGANIZATION_NAME, ClientField.EMAIL);
    private static final Pattern E164 = Pattern.compile("^\\+[1-9]\\d{6,14}$");

    private ClientProfileRules() {
    }

    public static void validate(ClientKind kind, ClientDetails details, LocalDate today) {
        List<FieldError> errors = new ArrayList<>();
        if (kind == ClientKind.PERSON && details.firstName() == null) {
            errors.add(new FieldError("firstName", "first name is required for a person"));
        }
        if (kind == ClientKind.ORGANIZATION && details.organizationName() == null) {
            errors.add(new FieldError("organizationName", "organisation name is required for an organisation"));
        }
        for (ClientField field : ClientField.values()) {
            if (field.get(details) instanceof String text) {
                maxLength(errors, field.apiName(), text, NAMES.contains(field) ? MAX_NAME : MAX_TEXT);
            }
        }
        if (details.email() != null && !EMAIL.matcher(details.email()).matches()) {
            errors.add(new FieldError("email", "email is not a well-formed address"));
        }
        for (int i = 0; i < details.phones().size(); i++) {
            if (!E164.matcher(details.phones().get(i)).matches()) {
                errors.add(new FieldError("phones[" + i + "]", "phone is not in international (E.164) form"));
            }
        }
        if (details.birthDate() != null && details.birthDate().isAfter(today)) {
            errors.add(new FieldError("birthDate", "birth date is in the future"));
        }
        if (details.childrenCount() != null && details.childrenCount() < 0) {
            errors.add(new FieldError("childrenCount", "number of children cannot be negative"));
        }
        CategoryRules.individualPercent(errors, "individualDiscountPercent", details.individualDiscountPercent());
        CategoryRules.individualPercent(errors, "individualBonusPercent", details.individualBonusPercent());
        if (details.specialDates().size() > MAX_SPECIAL_DATES) {
            errors.add(new FieldError("specialDates", "at most " + MAX_SPECIAL_DATES + " special dates"));
        }
        for (int i = 0; i < details.specialDates().size(); i++) {
            SpecialDate date = details.specialDates().get(i);
            if (date == null || date.date() == null) {
                errors.add(new FieldError("specialDates[" + i + "].date", "a special date needs a date"));
            } else {
                maxLength(errors, "specialDates[" + i + "].description", date.description(), MAX_TEXT);
            }
        }
        maxItems(errors, "phones", details.phones().size(), MAX_PHONES);
        maxItems(errors, "tags", details.tags().size(), MAX_ITEMS);
        maxItems(errors, "attributes", details.attributes().size(), MAX_ITEMS);
        details.tags().forEach(tag -> maxLength(errors, "tags", tag, MAX_NAME));
        details.attributes().forEach((key, value) -> {
            // the key is the read model's column of 200 too: longer would be accepted here and refused there
            maxLength(errors, "attributes", key, MAX_NAME);
            maxLength(errors, "attributes." + key, value, MAX_TEXT);
        });
        if (!errors.isEmpty()) {
            throw new DomainException(CommonError.VALIDATION_FAILED,
                    "The client profile is invalid: " + errors.getFirst().message(), errors, Map.of());
        }
    }

    private static void maxItems(List<FieldError> errors, String field, int count, int max) {
        if (count > max) {
            errors.add(new FieldError(field, "at most " + max + " " + field));
        }
    }

    private static void maxLength(List<FieldError> errors, String field, String value, int max) {
        if (value != null && value.length() > max) {
            errors.add(new FieldError(field, field + " is longer than " + max + " characters"));
        }
    }
}
