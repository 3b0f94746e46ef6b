package com.loyaltyledger.infra.web;

import org.springframework.http.HttpStatus;

/** The problem code of an error the servlet container or the HTTP firewall answers before any controller runs. */
final class ContainerErrors {

    static final String REJECTED = "request.rejected";

    private ContainerErrors() {
    }

    static String code(int status) {
        return switch (status) {
            case 400 -> "request.malformed";
            case 401 -> "auth.unauthenticated";
            case 403 -> "access.denied";
            case 404 -> "resource.not_found";
            case 405 -> "request.method_not_allowed";
            case 408 -> "request.timeout";
            case 413 -> "request.too_large";
            case 414 -> "request.uri_too_long";
            case 415 -> "request.unsupported_media_type";
            case 431 -> "request.headers_too_large";
            default -> status >= 500 ? "internal_error" : REJECTED;
        };
    }

    static String detail(int status) {
        HttpStatus known = HttpStatus.resolve(status);
        String reason = known == null ? "Refused" : known.getReasonPhrase();
        return status >= 500 ? "Something went wrong on our side; the request id tells us where to look"
                : reason + ": the request was refused before it reached the API";
    }
}
