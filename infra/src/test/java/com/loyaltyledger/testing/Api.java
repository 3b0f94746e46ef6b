package com.loyaltyledger.testing;

import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A real HTTP client for tests: JSON in, status, headers and JSON out. */
public final class Api {

    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    public static final JsonMapper JSON = JsonMapper.builder().build();

    private final String baseUrl;
    private final String user;
    private final String authorization;
    private final Map<String, String> headers;

    public Api(String baseUrl, String user, String password) {
        this(baseUrl, user, user == null ? null
                : "Basic " + Base64.getEncoder().encodeToString((user + ":" + password)
                .getBytes(StandardCharsets.UTF_8)), Map.of());
    }

    private Api(String baseUrl, String user, String authorization, Map<String, String> headers) {
        this.baseUrl = baseUrl;
        this.user = user;
        this.authorization = authorization;
        this.headers = headers;
    }

    /** The user this client logs in as (null when anonymous). */
    public String username() {
        return user;
    }

    /** The same client sending one more header on every request. */
    public Api withHeader(String name, String value) {
        Map<String, String> more = new LinkedHashMap<>(headers);
        more.put(name, value);
        return new Api(baseUrl, user, authorization, more);
    }

    public Api anonymous() {
        return new Api(baseUrl, null, null, headers);
    }

    public Api as(String otherUser, String password) {
        Api other = new Api(baseUrl, otherUser, password);
        return new Api(baseUrl, otherUser, other.authorization, headers);
    }

    public Response get(String path) {
        return send("GET", path, null);
    }

    public Response post(String path, Object body) {
        return send("POST", path, body);
    }

    public Response patch(String path, Object body) {
        return send("PATCH", path, body);
    }

    public Response delete(String path) {
        return send("DELETE", path, null);
    }

    /** Sends a body exactly as given, e.g. malformed JSON. */
    public Response sendRaw(String method, String path, String body) {
        return exchange(method, path, body);
    }

    /** A decimal the API shows as a string ("10.50"), exactly. */
    public static BigDecimal decimal(JsonNode value) {
        return new BigDecimal(value.asString());
    }

    public static String query(Map<String, ?> parameters) {
        return parameters.entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(String.valueOf(e.getValue()), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&", "?", ""));
    }

    private Response send(String method, String path, Object body) {
        String json = body == null ? null : (body instanceof String text ? text : JSON.writeValueAsString(body));
        return exchange(method, path, json);
    }

    private Response exchange(String method, String path, String body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + path))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        headers.forEach(request::header);
        try {
            HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Response(response.statusCode(), response.body(), response.headers().map());
        } catch (IOException e) {
            throw new IllegalStateException(method + " " + path + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(method + " " + path + " interrupted", e);
        }
    }

    public record Response(int status, String body, Map<String, java.util.List<String>> headers) {

        public JsonNode json() {
            return body == null || body.isEmpty() ? JSON.missingNode() : JSON.readTree(body);
        }

        public String header(String name) {
            return headers.entrySet().stream()
                    .filter(e -> e.getKey().equalsIgnoreCase(name))
                    .map(e -> e.getValue().getFirst())
                    .findFirst().orElse(null);
        }

        /** The problem's stable code, for a problem-details answer. */
        public String code() {
            return json().path("code").asString();
        }

        @Override
        public String toString() {
            return status + " " + body;
        }
    }
}
