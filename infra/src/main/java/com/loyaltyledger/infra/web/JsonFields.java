package com.loyaltyledger.infra.web;

import com.loyaltyledger.api.common.CommonError;
import com.loyaltyledger.api.common.DomainException;
import com.loyaltyledger.api.common.FieldError;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** Reading loose JSON objects (merge patches) field by field, with the API's 400s naming the field. */
public final class JsonFields {

    private static final Pattern DECIMAL = Pattern.compile("-?\\d{1,19}(\\.\\d{1,19})?");

    private JsonFields() {
    }

    /** Whether the text is a decimal and nothing else: digits, an optional sign and point, no spaces. */
    public static boolean isDecimal(String text) {
        return DECIMAL.matcher(text).matches();
    }

    public static ObjectNode object(JsonNode body) {
        if (body == null || !body.isObject()) {
            throw new DomainException(CommonError.MALFORMED_REQUEST, "The request body must be a JSON object");
        }
        return (ObjectNode) body;
    }

    public static void onlyKnown(ObjectNode object, Set<String> known) {
        List<FieldError> unknown = new ArrayList<>();
        for (String name : object.propertyNames()) {
            if (!known.contains(name)) {
                unknown.add(new FieldError(name, "unknown field"));
            }
        }
        if (!unknown.isEmpty()) {
            throw new DomainException(CommonError.VALIDATION_FAILED, "Field " + unknown.getFirst().field()
                    + ": unknown field", unknown, Map.of());
        }
    }

    public static String text(ObjectNode object, String field) {
        JsonNode value = object.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isString()) {
            throw DomainException.invalidField(field, field + " must be a string");
        }
        return value.asString();
    }

    public static boolean bool(ObjectNode object, String field, boolean absent) {
        JsonNode value = object.get(field);
        if (value == null || value.isNull()) {
            return absent;
        }
        if (!value.isBoolean()) {
            throw DomainException.invalidField(field, field + " must be true or false");
        }
        return value.asBoolean();
    }

    /**
     * A decimal sent as a JSON number or as a string such as "10.50", at most 19 digits either side of the point
     * (more is no amount or percent of this product, and {@code 1e400} would reach the parser as infinity).
     */
    public static BigDecimal decimal(ObjectNode object, String field) {
        return decimal(object.get(field), field, true);
    }

    /**
     * The API's one decimal reader. A string must be the number and nothing else: {@code " 10.50"} or {@code "10.50 "}
     * is refused like any other malformed value. A JSON number is taken only where {@code numbersAllowed}: amounts of
     * money come as strings, since binary floating point cannot hold them.
     */
    public static BigDecimal decimal(JsonNode value, String field, boolean numbersAllowed) {
        if (value == null || value.isNull() || value.isMissingNode()) {
            return null;
        }
        if (numbersAllowed && value.isNumber()
                && (value.isIntegralNumber() || Double.isFinite(value.doubleValue()))) {
            BigDecimal number = value.decimalValue();
            if (number.precision() - number.scale() <= 19 && number.scale() <= 19) {
                return number;
            }
        }
        if (value.isString() && isDecimal(value.asString())) {
            return new BigDecimal(value.asString());
        }
        throw DomainException.invalidField(field, numbersAllowed
                ? field + " must be a decimal number such as 10.50"
                : field + " must be a decimal string such as \"10.50\"");
    }
}
