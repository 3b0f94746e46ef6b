package com.loyaltyledger.bench.badinput;

import com.loyaltyledger.bench.Http;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One request that must be refused, with what makes it bad.
 *
 * @param endpoint the endpoint's method and path template
 * @param kind what is wrong with it, e.g. "missing field amount"
 * @param headers extra headers; an {@code Authorization} entry replaces the admin's credentials, and one with a
 *                null value sends none
 */
record BadRequest(String endpoint, String kind, String method, String path, String contentType, String body,
                  Map<String, String> headers) {

    static BadRequest json(String endpoint, String kind, String method, String path, Map<String, Object> body) {
        return new BadRequest(endpoint, kind, method, path, body == null ? null : "application/json",
                body == null ? null : Http.JSON.writeValueAsString(body), Map.of());
    }

    BadRequest withHeader(String name, String value) {
        Map<String, String> more = new LinkedHashMap<>(headers);
        more.put(name, value);
        return new BadRequest(endpoint, kind, method, path, contentType, body, more);
    }

    BadRequest withoutHeader(String name) {
        Map<String, String> fewer = new LinkedHashMap<>(headers);
        fewer.remove(name);
        return new BadRequest(endpoint, kind, method, path, contentType, body, fewer);
    }

    /** The request in one line for a failure report, long bodies cut short. */
    String describe() {
        String shown = body == null ? "" : " " + (body.length() > 300 ? body.substring(0, 300) + "…(" + body.length()
                + " chars)" : body);
        return method + " " + path + shown;
    }
}
