package com.loyaltyledger.infra.web;

import com.loyaltyledger.api.common.CommonError;
import com.loyaltyledger.api.common.DomainException;
import com.loyaltyledger.api.common.FieldError;
import com.loyaltyledger.api.common.StorableValues;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.lang.reflect.Method;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.core.MethodParameter;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.HandlerMapping;

/**
 * What every API endpoint, present and future, refuses in the query string and the path before it runs: a
 * parameter it does not declare (a filter silently ignored would return everything to someone who believes they
 * filtered), a parameter given twice where it takes one value, and names or values that break the storable-text rule
 * ({@link StorableValues}). Each is a 400 {@code validation.failed} naming the parameter. The declared names are
 * read once per handler method from its {@code @RequestParam}s and its mapping's {@code params} conditions.
 */
public class RequestContract implements HandlerInterceptor {

    /** What a handler method takes from the query string: single-valued names and many-valued ones. */
    private record Declared(Set<String> single, Set<String> many) {
    }

    private final Map<Method, Declared> declared = new ConcurrentHashMap<>();

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        if (!(handler instanceof HandlerMethod method)) {
            return true;
        }
        Declared parameters = declared.computeIfAbsent(method.getMethod(), ignored -> declared(method));
        List<FieldError> errors = new ArrayList<>();
        for (Map.Entry<String, String[]> parameter : request.getParameterMap().entrySet()) {
            String name = parameter.getKey();
            String problem = StorableValues.textProblem(name);
            if (problem != null) {
                errors.add(new FieldError(StorableValues.scrub(name), "the parameter's name " + problem));
                continue;
            }
            if (!parameters.single().contains(name) && !parameters.many().contains(name)) {
                errors.add(new FieldError(name, "unknown parameter"));
                continue;
            }
            if (parameter.getValue().length > 1 && !parameters.many().contains(name)) {
                errors.add(new FieldError(name, "given more than once; it takes one value"));
            }
            for (String value : parameter.getValue()) {
                String valueProblem = StorableValues.textProblem(value);
                if (valueProblem != null) {
                    errors.add(new FieldError(name, name + " " + valueProblem));
                    break;
                }
            }
        }
        if (request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE) instanceof Map<?, ?> variables) {
            variables.forEach((name, value) -> {
                String problem = value == null ? null : StorableValues.textProblem(value.toString());
                if (problem != null) {
                    errors.add(new FieldError(name.toString(), name + " " + problem));
                }
            });
        }
        if (!errors.isEmpty()) {
            throw new DomainException(CommonError.VALIDATION_FAILED, "Parameter " + errors.getFirst().field()
                    + ": " + errors.getFirst().message(), errors, Map.of());
        }
        return true;
    }

    private static Declared declared(HandlerMethod method) {
        Set<String> single = new HashSet<>();
        Set<String> many = new HashSet<>();
        for (MethodParameter parameter : method.getMethodParameters()) {
            RequestParam annotation = parameter.getParameterAnnotation(RequestParam.class);
            if (annotation == null) {
                continue;
            }
            String name = !annotation.name().isEmpty() ? annotation.name() : parameter.getParameterName();
            Class<?> type = parameter.getParameterType();
            (type.isArray() || Collection.class.isAssignableFrom(type) ? many : single).add(name);
        }
        // a parameter the mapping itself selects by, e.g. @GetMapping(params = "format=csv")
        RequestMapping mapping = AnnotatedElementUtils.findMergedAnnotation(method.getMethod(), RequestMapping.class);
        if (mapping != null) {
            for (String condition : mapping.params()) {
                String name = condition.split("!?=", 2)[0].replace("!", "").strip();
                if (!name.isEmpty()) {
                    single.add(name);
                }
            }
        }
        return new Declared(Set.copyOf(single), Set.copyOf(many));
    }
}
