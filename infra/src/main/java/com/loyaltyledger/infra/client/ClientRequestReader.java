package com.loyaltyledger.infra.client;

import com.loyaltyledger.api.client.ClientDetails;
import com.loyaltyledger.api.client.ClientField;
import com.loyaltyledger.api.client.ClientKind;
import com.loyaltyledger.api.client.ClientSource;
import com.loyaltyledger.api.client.ConsentsPatch;
import com.loyaltyledger.api.common.Channel;
import com.loyaltyledger.api.common.CommonError;
import com.loyaltyledger.api.common.DomainException;
import com.loyaltyledger.api.common.FieldError;
import com.loyaltyledger.infra.web.JsonFields;
import com.loyaltyledger.infra.web.JsonPaths;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Reads client bodies. A client is sent flat: {@code kind}, {@code source}, {@code consents} and the profile
 * fields side by side. For a change the body is a merge patch: a field that is present (even as null) is set,
 * a field that is absent stays. Phones are read as people type them and stored in E.164.
 */
@Component
class ClientRequestReader {

    static final String KIND = "kind";
    static final String SOURCE = "source";
    static final String CONSENTS = "consents";

    private static final Set<String> PROFILE_FIELDS = Arrays.stream(ClientField.values())
            .map(ClientField::apiName).collect(Collectors.toUnmodifiableSet());

    private final JsonMapper json;
    private final PhoneNumbers phoneNumbers;

    ClientRequestReader(JsonMapper json, PhoneNumbers phoneNumbers) {
        this.json = json;
        this.phoneNumbers = phoneNumbers;
    }

    record Registration(ClientKind kind, ClientSource source, ClientDetails details, ConsentsPatch consents) {
    }

    record Change(ClientDetails details, Set<ClientField> fields, ConsentsPatch consents) {
    }

    Registration registration(JsonNode body, Channel channel) {
        ObjectNode object = JsonFields.object(body);
        rejectUnknown(object, true);
        ClientKind kind = enumValue(object, KIND, ClientKind.class);
        if (kind == null) {
            throw DomainException.invalidField(KIND, "kind is required: PERSON or ORGANIZATION");
        }
        ClientSource source = enumValue(object, SOURCE, ClientSource.class);
        return new Registration(kind, source == null ? defaultSource(channel) : source, details(profile(object)),
                consents(object));
    }

    /** A new profile for an erased client: as a registration, without kind and source, which stay the client's. */
    Registration reRegistration(JsonNode body) {
        ObjectNode object = JsonFields.object(body);
        rejectUnknown(object, false);
        return new Registration(null, null, details(profile(object)), consents(object));
    }

    Change change(JsonNode body) {
        ObjectNode object = JsonFields.object(body);
        rejectUnknown(object, false);
        ObjectNode profile = profile(object);
        Set<ClientField> fields = EnumSet.noneOf(ClientField.class);
        profile.propertyNames().forEach(name -> fields.add(ClientField.byApiName(name)));
        return new Change(details(profile), fields, consents(object));
    }

    private static void rejectUnknown(ObjectNode object, boolean registration) {
        List<FieldError> unknown = new ArrayList<>();
        for (String name : object.propertyNames()) {
            boolean known = PROFILE_FIELDS.contains(name) || CONSENTS.equals(name)
                    || (registration && (KIND.equals(name) || SOURCE.equals(name)));
            if (!known) {
                unknown.add(new FieldError(name, registration || !(KIND.equals(name) || SOURCE.equals(name))
                        ? "unknown field" : "cannot be changed after registration"));
            }
        }
        if (!unknown.isEmpty()) {
            throw new DomainException(CommonError.VALIDATION_FAILED,
                    "Field " + unknown.getFirst().field() + ": " + unknown.getFirst().message(), unknown, Map.of());
        }
    }

    private ObjectNode profile(ObjectNode object) {
        ObjectNode profile = object.deepCopy();
        profile.remove(List.of(KIND, SOURCE, CONSENTS));
        JsonNode phones = profile.get(ClientField.PHONES.apiName());
        if (phones != null && phones.isArray()) {
            profile.set(ClientField.PHONES.apiName(), normalizedPhones((ArrayNode) phones));
        }
        return profile;
    }

    private ArrayNode normalizedPhones(ArrayNode typed) {
        ArrayNode normalized = json.createArrayNode();
        List<FieldError> errors = new ArrayList<>();
        for (int i = 0; i < typed.size(); i++) {
            JsonNode phone = typed.get(i);
            String field = "phones[" + i + "]";
            if (!phone.isString()) {
                errors.add(new FieldError(field, "a phone is a string"));
                continue;
            }
            phoneNumbers.normalize(phone.asString()).ifPresentOrElse(normalized::add,
                    () -> errors.add(new FieldError(field, "'" + abbreviate(phone.asString())
                            + "' is not a valid phone number")));
        }
        if (!errors.isEmpty()) {
            throw new DomainException(CommonError.VALIDATION_FAILED,
                    "Field " + errors.getFirst().field() + ": " + errors.getFirst().message(), errors, Map.of());
        }
        return normalized;
    }

    private ClientDetails details(ObjectNode profile) {
        ObjectNode complete = profile.deepCopy();
        if (!complete.has(ClientField.USES_OWN_ACCOUNT.apiName())) {
            // a client pays from its own account unless told otherwise
            complete.put(ClientField.USES_OWN_ACCOUNT.apiName(), true);
        }
        try {
            return json.treeToValue(complete, ClientDetails.class);
        } catch (JacksonException e) {
            throw wrongType(JsonPaths.of(e));
        }
    }

    private static DomainException wrongType(String field) {
        return DomainException.invalidField(field, "Field " + field + " has the wrong type or format");
    }

    private ConsentsPatch consents(ObjectNode object) {
        JsonNode consents = object.get(CONSENTS);
        if (consents == null || consents.isNull()) {
            return null;
        }
        try {
            return json.treeToValue(consents, ConsentsPatch.class);
        } catch (JacksonException e) {
            throw wrongType(CONSENTS + "." + JsonPaths.of(e));
        }
    }

    private static <E extends Enum<E>> E enumValue(ObjectNode object, String field, Class<E> type) {
        JsonNode value = object.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        String allowed = Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "));
        if (!value.isString()) {
            throw DomainException.invalidField(field, field + " must be one of " + allowed);
        }
        try {
            return Enum.valueOf(type, value.asString());
        } catch (IllegalArgumentException e) {
            throw DomainException.invalidField(field, field + " must be one of " + allowed);
        }
    }

    private static ClientSource defaultSource(Channel channel) {
        return switch (channel) {
            case POS -> ClientSource.POS;
            case IMPORT -> ClientSource.IMPORT;
            case BACK_OFFICE -> ClientSource.MANUAL;
            case API, SYSTEM -> ClientSource.API;
        };
    }

    private static String abbreviate(String text) {
        return text.length() <= 40 ? text : text.substring(0, 40) + "…";
    }
}
