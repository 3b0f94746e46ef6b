package com.loyaltyledger.infra.card;

import com.loyaltyledger.api.card.CardDetails;
import com.loyaltyledger.api.card.CardField;
import com.loyaltyledger.api.card.CardGroupDetails;
import com.loyaltyledger.api.card.CardGroupField;
import com.loyaltyledger.api.card.EditableField;
import com.loyaltyledger.api.card.Pin;
import com.loyaltyledger.api.common.CommonError;
import com.loyaltyledger.api.common.DomainException;
import com.loyaltyledger.api.common.FieldError;
import com.loyaltyledger.infra.web.JsonPaths;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Reads the merge patches of cards and card groups: a field that is present (even as null) is set, a field that
 * is absent stays. A card's {@code pin} is read apart from its details because it goes into its own command.
 */
@Component
class CardRequestReader {

    static final String PIN = "pin";

    /** Fields of a card that a patch may not touch, and where they change instead. */
    private static final Map<String, String> FIXED_CARD_FIELDS = Map.of(
            "number", "the number of a card cannot be changed",
            "ownerId", "the owner changes through POST /cards/{id}/link and /unlink",
            "status", "the status changes through POST /cards/{id}/status");

    private final JsonMapper json;

    CardRequestReader(JsonMapper json) {
        this.json = json;
    }

    record Patch<F, D>(D details, Set<F> fields) {
    }

    /** A card patch; {@code pinChanged} says whether {@code pin} (null: remove the PIN) is part of it. */
    record CardPatch(Patch<CardField, CardDetails> details, boolean pinChanged, Pin pin) {
    }

    CardPatch cardPatch(JsonNode body) {
        ObjectNode object = object(body).deepCopy();
        JsonNode pin = object.remove(PIN);
        Patch<CardField, CardDetails> details = patch(object, CardField.class, CardDetails.class, FIXED_CARD_FIELDS);
        if (pin == null) {
            return new CardPatch(details, false, null);
        }
        if (!pin.isNull() && !pin.isString()) {
            throw DomainException.invalidField(PIN, "a PIN is a string of 4 to 12 digits");
        }
        return new CardPatch(details, true, pin.isNull() ? null : new Pin(pin.asString()));
    }

    Patch<CardGroupField, CardGroupDetails> groupPatch(JsonNode body) {
        return patch(object(body), CardGroupField.class, CardGroupDetails.class, Map.of());
    }

    private <F extends Enum<F> & EditableField<D>, D> Patch<F, D> patch(ObjectNode object, Class<F> fieldType,
                                                                        Class<D> detailsType,
                                                                        Map<String, String> fixed) {
        Set<F> fields = EnumSet.noneOf(fieldType);
        List<FieldError> refused = new ArrayList<>();
        for (String name : object.propertyNames()) {
            F field = EditableField.byApiName(fieldType.getEnumConstants(), name);
            if (field == null) {
                refused.add(new FieldError(name, fixed.getOrDefault(name, "unknown field")));
            } else {
                fields.add(field);
            }
        }
        if (!refused.isEmpty()) {
            throw new DomainException(CommonError.VALIDATION_FAILED,
                    "Field " + refused.getFirst().field() + ": " + refused.getFirst().message(), refused, Map.of());
        }
        try {
            return new Patch<>(json.treeToValue(object, detailsType), fields);
        } catch (JacksonException e) {
            String field = JsonPaths.of(e);
            throw DomainException.invalidField(field, "Field " + field + " has the wrong type or format");
        }
    }

    private static ObjectNode object(JsonNode body) {
        if (body == null || !body.isObject()) {
            throw new DomainException(CommonError.MALFORMED_REQUEST, "The request body must be a JSON object");
        }
        return (ObjectNode) body;
    }
}
