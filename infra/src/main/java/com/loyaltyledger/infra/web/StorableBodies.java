package com.loyaltyledger.infra.web;

import com.loyaltyledger.api.common.CommonError;
import com.loyaltyledger.api.common.DomainException;
import com.loyaltyledger.api.common.FieldError;
import com.loyaltyledger.api.common.StorableValues;
import java.lang.reflect.Type;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.core.MethodParameter;
import org.springframework.http.HttpInputMessage;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.RequestBodyAdviceAdapter;
import tools.jackson.databind.JsonNode;

/**
 * Every request body, whatever the endpoint, is held to the storable-value rule ({@link StorableValues}) right
 * after it is read: a string (or an object key) with a NUL, a control character or an unpaired surrogate, or a
 * moment outside the years 1 to 9999, is a 400 {@code validation.failed} naming the field by its JSON path. Bodies
 * read as JSON trees are walked as trees; typed bodies by their record components.
 */
@ControllerAdvice
public class StorableBodies extends RequestBodyAdviceAdapter {

    @Override
    public boolean supports(MethodParameter parameter, Type targetType,
                            Class<? extends HttpMessageConverter<?>> converterType) {
        return true;
    }

    @Override
    public Object afterBodyRead(Object body, HttpInputMessage input, MethodParameter parameter, Type targetType,
                                Class<? extends HttpMessageConverter<?>> converterType) {
        problem(body).ifPresent(error -> {
            throw new DomainException(CommonError.VALIDATION_FAILED, error.message(), List.of(error), Map.of());
        });
        return body;
    }

    static Optional<FieldError> problem(Object body) {
        if (body instanceof JsonNode tree) {
            return Optional.ofNullable(walk(tree, ""));
        }
        // a record that only wraps a tree (a delegating body) is the tree
        if (body != null && body.getClass().isRecord() && body.getClass().getRecordComponents().length == 1
                && JsonNode.class.isAssignableFrom(body.getClass().getRecordComponents()[0].getType())) {
            try {
                var accessor = body.getClass().getRecordComponents()[0].getAccessor();
                accessor.setAccessible(true);
                return problem(accessor.invoke(body));
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("Cannot read the body " + body.getClass(), e);
            }
        }
        return StorableValues.firstProblem(body, "");
    }

    private static FieldError walk(JsonNode node, String path) {
        if (node.isString()) {
            String problem = StorableValues.textProblem(node.asString());
            return problem == null ? null : error(path, problem);
        }
        if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                FieldError found = walk(node.get(i), path + "[" + i + "]");
                if (found != null) {
                    return found;
                }
            }
        }
        if (node.isObject()) {
            for (Map.Entry<String, JsonNode> property : node.properties()) {
                String keyProblem = StorableValues.textProblem(property.getKey());
                if (keyProblem != null) {
                    return error(path, "has a key that " + keyProblem);
                }
                FieldError found = walk(property.getValue(), path.isEmpty() ? property.getKey()
                        : path + "." + property.getKey());
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    private static FieldError error(String path, String problem) {
        String field = path.isEmpty() ? "body" : path;
        return new FieldError(field, field + " " + problem);
    }
}
