package com.loyaltyledger.bench.badinput;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * One write endpoint of the API with a request that would be accepted (so that breaking one thing in it is what
 * gets it refused), the fields of its body, and requests that are well formed but refused by the state of what
 * they address.
 *
 * @param template the path as the API description names it, e.g. {@code /api/v1/cards/{id}/link}
 * @param path the path for an id: the real target, or an unknown one
 * @param target the real target's id, or null when the path has none
 * @param body the accepted body, or null for endpoints that take none
 * @param keyed whether it moves value and so takes an {@code Idempotency-Key} header
 */
record Endpoint(String method, String template, String name, Function<String, String> path, String target,
                Map<String, Object> body, List<Field> fields, boolean keyed, List<BadRequest> wrongStates) {

    static Builder of(String method, String template) {
        return new Builder(method, template, template);
    }

    /** One of several endpoints the API description documents as one template (the posting actions). */
    static Builder of(String method, String template, String name) {
        return new Builder(method, template, name);
    }

    String label() {
        return method + " " + name;
    }

    String targetPath() {
        return path.apply(target);
    }

    static final class Builder {

        private final String method;
        private final String template;
        private final String name;
        private Function<String, String> path;
        private String target;
        private Map<String, Object> body;
        private final List<Field> fields = new ArrayList<>();
        private boolean keyed;
        private final List<BadRequest> wrongStates = new ArrayList<>();

        private Builder(String method, String template, String name) {
            this.method = method;
            this.template = template;
            this.name = name;
            this.path = ignored -> template;
        }

        /** A path with one id in it, the real one being {@code target}. */
        Builder path(Function<String, String> withId, String target) {
            this.path = withId;
            this.target = target;
            return this;
        }

        Builder body(Map<String, Object> accepted, Field... described) {
            this.body = new LinkedHashMap<>(accepted);
            this.fields.addAll(List.of(described));
            return this;
        }

        Builder keyed() {
            this.keyed = true;
            return this;
        }

        /** A request refused for the state of what it addresses (or a rule); otherwise well formed. */
        Builder refusedFor(String state, String path, Map<String, Object> body) {
            wrongStates.add(BadRequest.json(method + " " + name, "wrong state: " + state, method, path, body));
            return this;
        }

        Endpoint build() {
            return new Endpoint(method, template, name, path, target, body, List.copyOf(fields), keyed,
                    List.copyOf(wrongStates));
        }
    }
}
