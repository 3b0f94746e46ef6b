package com.loyaltyledger.api.client;

import com.loyaltyledger.api.common.PersonalData;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Everything about a client that an operator edits. The same record carries a full profile (registration,
 * read models) or, inside a {@link ClientDetailsChangedEvent}, only the changed fields: the event's field list
 * says which values mean something.
 * <p>
 * Components marked {@link PersonalData} are the person's own: encrypted in stored events, erased on request.
 * <p>
 * The compact constructor normalizes so that two profiles that mean the same are equal: strings trimmed and
 * blank ones absent, lists never null, tags de-duplicated, attributes sorted.
 *
 * @param phones E.164 numbers, the first one is the primary phone
 * @param parentId the organisation or department this client belongs to, if any
 * @param usesOwnAccount false when the client pays from its parent's account
 * @param categoryId the client category; set on the top of a hierarchy only, the rest inherit it
 * @param individualDiscountPercent overrides the category's discount; null means "as in the category"
 * @param individualBonusPercent overrides the category's bonus; null means "as in the category"
 */
public record ClientDetails(@PersonalData String lastName,
                            @PersonalData String firstName,
                            @PersonalData String middleName,
                            String organizationName,
                            @PersonalData LocalDate birthDate,
                            Gender gender,
                            String externalId,
                            @PersonalData List<String> phones,
                            @PersonalData String email,
                            @PersonalData String address,
                            @PersonalData String postalCode,
                            @PersonalData String website,
                            @PersonalData String codeWord,
                            @PersonalData String notes,
                            List<String> tags,
                            @PersonalData String document,
                            @PersonalData String inn,
                            String okpo,
                            String okpd,
                            String kpp,
                            @PersonalData String bankAccount,
                            String bik,
                            @PersonalData List<SpecialDate> specialDates,
                            @PersonalData String occupation,
                            @PersonalData String position,
                            Integer childrenCount,
                            @PersonalData Map<String, String> attributes,
                            String parentId,
                            boolean usesOwnAccount,
                            String categoryId,
                            BigDecimal individualDiscountPercent,
                            BigDecimal individualBonusPercent) {

    /** A profile with nothing filled in. */
    public static final ClientDetails EMPTY = fromValues(new EnumMap<>(ClientField.class));

    public ClientDetails {
        lastName = clean(lastName);
        firstName = clean(firstName);
        middleName = clean(middleName);
        organizationName = clean(organizationName);
        gender = gender == null ? Gender.UNKNOWN : gender;
        externalId = clean(externalId);
        phones = phones == null ? List.of() : List.copyOf(new LinkedHashSet<>(phones));
        email = clean(email);
        address = clean(address);
        postalCode = clean(postalCode);
        website = clean(website);
        codeWord = clean(codeWord);
        notes = clean(notes);
        tags = tags == null ? List.of() : tags.stream().map(ClientDetails::clean)
                .filter(t -> t != null).distinct().sorted().toList();
        document = clean(document);
        inn = clean(inn);
        okpo = clean(okpo);
        okpd = clean(okpd);
        kpp = clean(kpp);
        bankAccount = clean(bankAccount);
        bik = clean(bik);
        specialDates = specialDates == null ? List.of() : List.copyOf(specialDates);
        occupation = clean(occupation);
        position = clean(position);
        attributes = attributes == null ? Map.of() : java.util.Collections.unmodifiableMap(new TreeMap<>(attributes));
        parentId = clean(parentId);
        categoryId = clean(categoryId);
    }

    /** This profile with the given fields taken from {@code source}. */
    public ClientDetails with(ClientDetails source, Collection<ClientField> fields) {
        Map<ClientField, Object> values = values();
        for (ClientField field : fields) {
            values.put(field, field.get(source));
        }
        return fromValues(values);
    }

    /** A profile holding only the given fields of this one; the rest empty. */
    public ClientDetails only(Collection<ClientField> fields) {
        return EMPTY.with(this, fields);
    }

    /** The display name: the organisation's name, or the person's full name. */
    public String displayName() {
        if (organizationName != null) {
            return organizationName;
        }
        StringBuilder name = new StringBuilder();
        for (String part : new String[]{lastName, firstName, middleName}) {
            if (part != null) {
                name.append(name.isEmpty() ? "" : " ").append(part);
            }
        }
        return name.toString();
    }

    private Map<ClientField, Object> values() {
        Map<ClientField, Object> values = new EnumMap<>(ClientField.class);
        for (ClientField field : ClientField.values()) {
            values.put(field, field.get(this));
        }
        return values;
    }

    @SuppressWarnings("unchecked")
    private static ClientDetails fromValues(Map<ClientField, Object> v) {
        Object usesOwn = v.get(ClientField.USES_OWN_ACCOUNT);
        return new ClientDetails(
                (String) v.get(ClientField.LAST_NAME),
                (String) v.get(ClientField.FIRST_NAME),
                (String) v.get(ClientField.MIDDLE_NAME),
                (String) v.get(ClientField.ORGANIZATION_NAME),
                (LocalDate) v.get(ClientField.BIRTH_DATE),
                (Gender) v.get(ClientField.GENDER),
                (String) v.get(ClientField.EXTERNAL_ID),
                (List<String>) v.get(ClientField.PHONES),
                (String) v.get(ClientField.EMAIL),
                (String) v.get(ClientField.ADDRESS),
                (String) v.get(ClientField.POSTAL_CODE),
                (String) v.get(ClientField.WEBSITE),
                (String) v.get(ClientField.CODE_WORD),
                (String) v.get(ClientField.NOTES),
                (List<String>) v.get(ClientField.TAGS),
                (String) v.get(ClientField.DOCUMENT),
                (String) v.get(ClientField.INN),
                (String) v.get(ClientField.OKPO),
                (String) v.get(ClientField.OKPD),
                (String) v.get(ClientField.KPP),
                (String) v.get(ClientField.BANK_ACCOUNT),
                (String) v.get(ClientField.BIK),
                (List<SpecialDate>) v.get(ClientField.SPECIAL_DATES),
                (String) v.get(ClientField.OCCUPATION),
                (String) v.get(ClientField.POSITION),
                (Integer) v.get(ClientField.CHILDREN_COUNT),
                (Map<String, String>) v.get(ClientField.ATTRIBUTES),
                (String) v.get(ClientField.PARENT_ID),
                usesOwn == null || (Boolean) usesOwn,
                (String) v.get(ClientField.CATEGORY_ID),
                (BigDecimal) v.get(ClientField.INDIVIDUAL_DISCOUNT_PERCENT),
                (BigDecimal) v.get(ClientField.INDIVIDUAL_BONUS_PERCENT));
    }

    private static String clean(String value) {
        if (value == null) {
            return null;
        }
        String trimmed = value.strip();
        return trimmed.isEmpty() ? null : trimmed;
    }
}
