package com.loyaltyledger.api.client;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The editable fields of a client, by their API name. {@code personal} marks personal data: what erasure
 * removes and what analysts see masked.
 */
public enum ClientField {
    LAST_NAME("lastName", true, ClientDetails::lastName),
    FIRST_NAME("firstName", true, ClientDetails::firstName),
    MIDDLE_NAME("middleName", true, ClientDetails::middleName),
    ORGANIZATION_NAME("organizationName", false, ClientDetails::organizationName),
    BIRTH_DATE("birthDate", true, ClientDetails::birthDate),
    GENDER("gender", false, ClientDetails::gender),
    EXTERNAL_ID("externalId", false, ClientDetails::externalId),
    PHONES("phones", true, ClientDetails::phones),
    EMAIL("email", true, ClientDetails::email),
    ADDRESS("address", true, ClientDetails::address),
    POSTAL_CODE("postalCode", true, ClientDetails::postalCode),
    WEBSITE("website", false, ClientDetails::website),
    CODE_WORD("codeWord", true, ClientDetails::codeWord),
    NOTES("notes", false, ClientDetails::notes),
    TAGS("tags", false, ClientDetails::tags),
    DOCUMENT("document", true, ClientDetails::document),
    INN("inn", true, ClientDetails::inn),
    OKPO("okpo", false, ClientDetails::okpo),
    OKPD("okpd", false, ClientDetails::okpd),
    KPP("kpp", false, ClientDetails::kpp),
    BANK_ACCOUNT("bankAccount", true, ClientDetails::bankAccount),
    BIK("bik", false, ClientDetails::bik),
    SPECIAL_DATES("specialDates", true, ClientDetails::specialDates),
    OCCUPATION("occupation", false, ClientDetails::occupation),
    POSITION("position", false, ClientDetails::position),
    CHILDREN_COUNT("childrenCount", false, ClientDetails::childrenCount),
    ATTRIBUTES("attributes", false, ClientDetails::attributes),
    PARENT_ID("parentId", false, ClientDetails::parentId),
    USES_OWN_ACCOUNT("usesOwnAccount", false, ClientDetails::usesOwnAccount);

    private final String apiName;
    private final boolean personal;
    private final Function<ClientDetails, Object> getter;

    ClientField(String apiName, boolean personal, Function<ClientDetails, Object> getter) {
        this.apiName = apiName;
        this.personal = personal;
        this.getter = getter;
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
