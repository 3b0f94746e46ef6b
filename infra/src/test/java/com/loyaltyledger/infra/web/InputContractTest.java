package com.loyaltyledger.infra.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.loyaltyledger.api.client.BlockClientCommand;
import com.loyaltyledger.api.common.DomainException;
import com.loyaltyledger.testing.Api;
import com.loyaltyledger.testing.IntegrationTest;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The one input contract of every endpoint: what the API refuses, with which code, and what it accepts. */
class InputContractTest extends IntegrationTest {

    @LocalServerPort
    private int port;

    @Autowired
    private CommandGateway commands;

    @Test
    void textNoStoreCanHoldIsRefusedNamingTheFieldWhereverItComes() throws IOException {
        Api.Response nul = api.post("/api/v1/clients", Map.of("kind", "PERSON", "firstName", "Anna\u0000"));
        assertRefused(nul, "firstName");
        assertRefused(api.post("/api/v1/clients", Map.of("kind", "PERSON", "firstName", "A",
                "phones", List.of("+79130000000", "x\u0007"))), "phones[1]");
        assertRefused(api.sendRaw("POST", "/api/v1/clients", "{\"kind\":\"PERSON\",\"lastName\":\"\\ud800x\"}"),
                "lastName");
        assertRefused(api.get("/api/v1/clients?name=" + "%00"), "name");
        assertRefused(api.get("/api/v1/cards/by-number/AB%01"), "number");
        String undecodable = raw("GET /api/v1/clients?name=%ZZ HTTP/1.1");
        assertProblem(undecodable, 400);
        assertThat(undecodable).contains("\"field\":\"query\"");
        assertProblem(raw("GET /api/v1/clients?name=%C3%28 HTTP/1.1"), 400);
    }

    @Test
    void theCommandBusRefusesSuchTextFromAnySender() {
        assertThatThrownBy(() -> commands.sendAndWait(new BlockClientCommand(UUID.randomUUID().toString(),
                "because\u0000")))
                .isInstanceOfSatisfying(DomainException.class, e ->
                        assertThat(e.fieldErrors().getFirst().field()).isEqualTo("reason"));
    }

    @Test
    void oddButValidTextIsAcceptedAndKept() {
        String name = "Zoë \uD83D\uDE00 \u200Fשלום\u200E 李\tTab";
        Api.Response created = api.post("/api/v1/clients", Map.of("kind", "PERSON", "firstName", name));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        String id = created.json().path("clientId").asString();
        eventually().untilAsserted(() -> assertThat(api.get("/api/v1/clients/" + id).json().path("firstName")
                .asString()).isEqualTo(name));
    }

    @Test
    void silentLeniencyIsGone() {
        Api.Response unknown = api.get("/api/v1/journal?phone=123");
        assertRefused(unknown, "phone");
        assertThat(unknown.json().path("errors").get(0).path("message").asString()).isEqualTo("unknown parameter");
        assertRefused(api.get("/api/v1/clients?size=10&size=20"), "size");
        Api.Response duplicate = api.sendRaw("POST", "/api/v1/clients",
                "{\"kind\":\"PERSON\",\"firstName\":\"A\",\"firstName\":\"B\"}");
        assertThat(duplicate.status()).isEqualTo(400);
        assertThat(duplicate.code()).isEqualTo("request.malformed");
        Api.Response padded = api.withHeader("Idempotency-Key", UUID.randomUUID().toString())
                .post("/api/v1/accounts/" + UUID.randomUUID() + "/deposit", Map.of("amount", " 10.00"));
        assertRefused(padded, "amount");
        Api.Response paddedLine = api.post("/api/v1/purchases", Map.of("receiptId", "padded", "storeCode", "S",
                "clientId", UUID.randomUUID().toString(), "total", "1.00", "lines", List.of(Map.of("itemCode", "A",
                        "name", "A", "quantity", "1", "price", "1.00", "amount", " 1.00"))));
        assertRefused(paddedLine, "lines[0].amount");
    }

    @Test
    void boundsOfPagesMomentsAndPasswords() {
        assertRefused(api.get("/api/v1/users?page=2147483647&size=500"), "page");
        assertRefused(api.get("/api/v1/clients?page=5000000&size=500"), "page");
        assertRefused(api.get("/api/v1/journal?from=%2B999999999-12-31T23:59:59Z"), "from");
        assertRefused(api.get("/api/v1/audit?from=%2B10000-01-01T00:00:00Z"), "from");
        assertRefused(api.post("/api/v1/purchases", Map.of("receiptId", "far", "storeCode", "S",
                "clientId", UUID.randomUUID().toString(), "time", "+99999-01-01T00:00:00Z", "total", "1.00",
                "lines", List.of(Map.of("itemCode", "A", "name", "A", "quantity", "1", "price", "1.00",
                        "amount", "1.00")))), "time");
        Api.Response longPassword = api.post("/api/v1/users", Map.of("username", "long-" + port,
                "password", "я".repeat(40), "roles", List.of("OPERATOR")));
        assertRefused(longPassword, "password");
        assertThat(api.as("admin", "я".repeat(100)).get("/api/v1/clients").status()).isEqualTo(401);
    }

    @Test
    void concurrentCreatesOfOneNameGiveOneCategoryAndConflictsForTheRest() throws Exception {
        String name = "Same " + UUID.randomUUID();
        List<Callable<Api.Response>> creates = java.util.stream.IntStream.range(0, 6)
                .mapToObj(i -> (Callable<Api.Response>) () -> api.post("/api/v1/client-categories",
                        Map.of("name", name))).toList();
        List<Integer> statuses;
        try (var pool = Executors.newFixedThreadPool(6)) {
            statuses = pool.invokeAll(creates).stream().map(InputContractTest::join).map(response -> {
                assertThat(response.status() == 201 || response.code().equals("category.name_taken"))
                        .as(response.toString()).isTrue();
                return response.status();
            }).toList();
        }
        assertThat(statuses).containsOnlyOnce(201).containsOnly(201, 409);
    }

    @Test
    void whatTheContainerAndTheFirewallRefuseIsAProblemWithACode() throws IOException {
        assertProblem(raw("GET /api/v1/clients/a%2Fb HTTP/1.1"), 400);
        assertProblem(raw("GET /api/v1/clients/..;/x HTTP/1.1"), 400);
        assertProblem(raw("GET /api/v1//clients HTTP/1.1"), 400);
        assertProblem(raw("GET /api/v1/clients?x=" + "a".repeat(20_000) + " HTTP/1.1"), 400);
        assertProblem(raw("GET /api/v1/clients HTTP/1.1\r\nX-Big: " + "a".repeat(20_000)), 400);
        assertProblem(raw("GET /api/v1/cli ents HTTP/1.1"), 400);
        assertProblem(raw("GET /api/v1/clients HTTP/1.1\r\nX-Request-Id: a\u0001b"), 400);
        assertProblem(raw("BR0KEN"), 400);
    }

    private String raw(String requestLineAndHeaders) throws IOException {
        String credentials = Base64.getEncoder().encodeToString(("admin:" + ADMIN_PASSWORD)
                .getBytes(StandardCharsets.UTF_8));
        try (Socket socket = new Socket("localhost", port)) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write((requestLineAndHeaders + "\r\nHost: localhost\r\nAuthorization: Basic " + credentials
                    + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = socket.getInputStream();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static void assertProblem(String response, int status) {
        assertThat(response).as(response).startsWith("HTTP/1.1 " + status);
        assertThat(response.toLowerCase()).as(response).contains("content-type: application/problem+json");
        assertThat(response).contains("\"code\":\"");
    }

    private static void assertRefused(Api.Response response, String field) {
        assertThat(response.status()).as(response.toString()).isEqualTo(400);
        assertThat(response.code()).isEqualTo("validation.failed");
        assertThat(response.json().path("errors").get(0).path("field").asString()).isEqualTo(field);
    }

    private static Api.Response join(Future<Api.Response> future) {
        try {
            return future.get();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
