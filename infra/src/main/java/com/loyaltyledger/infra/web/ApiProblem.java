package com.loyaltyledger.infra.web;

import com.loyaltyledger.api.common.ErrorCategory;
import com.loyaltyledger.api.common.FieldError;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

/** Builds RFC 9457 problem details with the product's stable {@code code} and per-field {@code errors}. */
public final class ApiProblem {

    private ApiProblem() {
    }

    public static HttpStatus status(ErrorCategory category) {
        return switch (category) {
            case INVALID_INPUT -> HttpStatus.BAD_REQUEST;
            case NOT_FOUND -> HttpStatus.NOT_FOUND;
            case CONFLICT -> HttpStatus.CONFLICT;
            case RULE_VIOLATION -> HttpStatus.UNPROCESSABLE_CONTENT;
            case FORBIDDEN -> HttpStatus.FORBIDDEN;
        };
    }

    public static ProblemDetail of(HttpStatus status, String code, String detail, List<FieldError> errors,
                                   Map<String, String> parameters) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(URI.create("urn:loyalty-ledger:problem:" + code));
        problem.setTitle(status.getReasonPhrase());
        problem.setProperty("code", code);
        if (!errors.isEmpty()) {
            problem.setProperty("errors", errors);
        }
        parameters.forEach(problem::setProperty);
        return problem;
    }

    /**
     * The problem's {@code instance}: the request's path, with anything that is not a plain path character (it may
     * be what got the request refused) replaced, so that it is always a valid URI.
     */
    public static URI instance(String path) {
        return URI.create(path == null ? "/" : path.replaceAll("[^A-Za-z0-9/._~%-]|%(?![0-9A-Fa-f]{2})", "_"));
    }

    public static ProblemDetail of(HttpStatus status, String code, String detail) {
        return of(status, code, detail, List.of(), Map.of());
    }
}
