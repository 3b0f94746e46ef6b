package com.loyaltyledger.bench;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Executors;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.MissingNode;

/** The application's HTTP API as the bench sees it: JSON in and out, one user's credentials, extra headers. */
public final class Http {

    public static final JsonMapper JSON = JsonMapper.builder().build();

    private static final HttpClient CLIENT = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .executor(Executors.newVirtualThreadPerTaskExecutor())
            .build();

    private static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(60);

    private final URI base;
    private final String authorization;
    private final Map<String, String> headers;
    private final Duration timeout;

    public Http(URI base, String user, String password) {
        this(base, basic(user, password), Map.of(), DEFAULT_TIMEOUT);
    }

    private Http(URI base, String authorization, Map<String, String> headers, Duration timeout) {
        this.base = base;
        this.authorization = authorization;
        this.headers = headers;
        this.timeout = timeout;
    }

    public static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    public URI base() {
        return base;
    }

    public Http as(String user, String password) {
        return new Http(base, basic(user, password), headers, timeout);
    }

    /** The same user with another {@code Authorization} header value, or none when null. */
    public Http withAuthorization(String value) {
        return new Http(base, value, headers, timeout);
    }

    public Http withHeader(String name, String value) {
        Map<String, String> more = new LinkedHashMap<>(headers);
        more.put(name, value);
        return new Http(base, authorization, more, timeout);
    }

    /** For the few requests that may take long on a big data set, such as the ledger check. */
    public Http withTimeout(Duration value) {
        return new Http(base, authorization, headers, value);
    }

    public Response get(String path) throws IOException {
        return send("GET", path, null, null);
    }

    public Response post(String path, Object body) throws IOException {
        return send("POST", path, "application/json", JSON.writeValueAsString(body));
    }

    /** Any request with the body sent as given, however wrong: what the bad-input drill needs. */
    public Response send(String method, String path, String contentType, String body) throws IOException {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path)).timeout(timeout);
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        headers.forEach(request::header);
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        request.method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        try {
            HttpResponse<String> response = CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Response(response.statusCode(),
                    response.headers().firstValue("Content-Type").orElse(""), response.body());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
    }

    public static String query(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    public record Response(int status, String contentType, String body) {

        public boolean ok() {
            return status >= 200 && status < 300;
        }

        /** The body as JSON; a missing node when it is not JSON. */
        public JsonNode json() {
            try {
                return body == null || body.isBlank() ? MissingNode.getInstance() : JSON.readTree(body);
            } catch (JacksonException e) {
                return MissingNode.getInstance();
            }
        }

        /** The problem's stable {@code code}, or {@code null}. */
        public String code() {
            JsonNode code = json().path("code");
            return code.isString() ? code.asString() : null;
        }

        /** Fails with the status and body unless the answer is a success: for set-up steps that must work. */
        public Response expectOk(String what) {
            if (!ok()) {
                throw new IllegalStateException(what + " failed: " + status + " " + body);
            }
            return this;
        }

        @Override
        public String toString() {
            return status + " " + body;
        }
    }
}
