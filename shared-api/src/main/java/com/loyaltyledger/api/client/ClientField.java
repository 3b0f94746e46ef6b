package com.loyaltyledger.api.client;

import com.loyaltyledger.api.common.PersonalData;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The editable fields of a client, by their API name. {@code personal} follows the {@link PersonalData} marks of
 * {@link ClientDetails}: what erasure removes.
 */
public enum ClientField {
    LAST_NAME("lastName", ClientDetails::lastName),
    FIRST_NAME("firstName", ClientDetails::firstName),
    MIDDLE_NAME("middleName", ClientDetails::middleName),
    ORGANIZATION_NAME("organizationName", ClientDetails::organizationName),
    BIRTH_DATE("birthDate", ClientDetails::birthDate),
    GENDER("gender", ClientDetails::gender),
    EXTERNAL_ID("externalId", ClientDetails::externalId),
    PHONES("phones", ClientDetails::phones),
    EMAIL("email", ClientDetails::email),
    ADDRESS("address", ClientDetails::address),
    POSTAL_CODE("postalCode", ClientDetails::postalCode),
    WEBSITE("website", ClientDetails::website),
    CODE_WORD("codeWord", ClientDetails::codeWord),
    NOTES("notes", ClientDetails::notes),
    TAGS("tags", ClientDetails::tags),
    DOCUMENT("document", ClientDetails::document),
    INN("inn", ClientDetails::inn),
    OKPO("okpo", ClientDetails::okpo),
    OKPD("okpd", ClientDetails::okpd),
    KPP("kpp", ClientDetails::kpp),
    BANK_ACCOUNT("bankAccount", ClientDetails::bankAccount),
    BIK("bik", ClientDetails::bik),
    SPECIAL_DATES("specialDates", ClientDetails::specialDates),
    OCCUPATION("occupation", ClientDetails::occupation),
    POSITION("position", ClientDetails::position),
    CHILDREN_COUNT("childrenCount", ClientDetails::childrenCount),
    ATTRIBUTES("attributes", ClientDetails::attributes),
    PARENT_ID("parentId", ClientDetails::parentId),
    USES_OWN_ACCOUNT("usesOwnAccount", ClientDetails::usesOwnAccount),
    CATEGORY_ID("categoryId", ClientDetails::categoryId),
    INDIVIDUAL_DISCOUNT_PERCENT("individualDiscountPercent", ClientDetails::individualDiscountPercent),
    INDIVIDUAL_BONUS_PERCENT("individualBonusPercent", ClientDetails::individualBonusPercent);

    /** A person's name. */
    public static final java.util.Set<ClientField> NAMES = java.util.EnumSet.of(LAST_NAME, FIRST_NAME,
            MIDDLE_NAME);

    private final String apiName;
    private final boolean personal;
    private final Function<ClientDetails, Object> getter;

    ClientField(String apiName, Function<ClientDetails, Object> getter) {
        this.apiName = apiName;
        this.personal = isPersonal(apiName);
        this.getter = getter;
    }

    /** Personal when the profile's component of that name is marked {@link PersonalData}. */
    private static boolean isPersonal(String apiName) {
        for (RecordComponent component : ClientDetails.class.getRecordComponents()) {
            if (component.getName().equals(apiName)) {
                return component.isAnnotationPresent(PersonalData.class);
            }
        }
        throw new IllegalStateException("ClientDetails has no component " + apiName);
    }

    public String apiName() {
        return apiName;
    }

    public boolean personal() {
        return personal;
    }

    public Object get(ClientDetails details) {
        return getter.apply(details);
    }

    /** The field's value as people read it in a history: lists joined, absent as null. */
    public String display(ClientDetails details) {
        Object value = get(details);
        if (value instanceof List<?> list) {
            return list.isEmpty() ? null : list.stream().map(ClientField::displayItem)
                    .collect(Collectors.joining(", "));
        }
        if (value instanceof Map<?, ?> map) {
            return map.isEmpty() ? null : map.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
                    .collect(Collectors.joining("; "));
        }
        if (value instanceof BigDecimal number) {
            return number.toPlainString();
        }
        return value == null ? null : value.toString();
    }

    public static ClientField byApiName(String apiName) {
        for (ClientField field : values()) {
            if (field.apiName.equals(apiName)) {
                return field;
            }
        }
        throw new IllegalArgumentException("Unknown client field " + apiName);
    }

    private static String displayItem(Object item) {
        if (item instanceof SpecialDate date) {
            return date.date() + (date.description() == null ? "" : " " + date.description());
        }
        return String.valueOf(item);
    }
}
