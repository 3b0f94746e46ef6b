package com.loyaltyledger.command.client;

import com.loyaltyledger.api.client.ClientError;
import com.loyaltyledger.api.client.ClientKind;
import com.loyaltyledger.api.common.DomainException;
import java.util.Map;

/**
 * A client may sit under an organisation (or department), to any depth, but never under itself or its own
 * descendants.
 */
public final class ClientHierarchyPolicy {

    /** Deeper than any real organisation chart; stops the walk should stored data ever hold a loop. */
    private static final int MAX_DEPTH = 1_000;

    private final ClientDirectory directory;

    public ClientHierarchyPolicy(ClientDirectory directory) {
        this.directory = directory;
    }

    public void checkParent(String clientId, String parentId) {
        if (parentId == null) {
            return;
        }
        ClientFacts parent = directory.find(parentId)
                .filter(facts -> !facts.deleted())
                .orElseThrow(() -> new DomainException(ClientError.PARENT_NOT_FOUND,
                        "Parent client " + parentId + " does not exist or is deleted", Map.of("parentId", parentId)));
        if (parent.kind() != ClientKind.ORGANIZATION) {
            throw new DomainException(ClientError.PARENT_NOT_ORGANIZATION,
                    "Parent client " + parentId + " is not an organisation", Map.of("parentId", parentId));
        }
        String ancestor = parentId;
        for (int depth = 0; ancestor != null && depth < MAX_DEPTH; depth++) {
            if (ancestor.equals(clientId)) {
                throw new DomainException(ClientError.HIERARCHY_CYCLE,
                        "Client " + clientId + " cannot be placed under its own descendant " + parentId,
                        Map.of("parentId", parentId));
            }
            ancestor = directory.find(ancestor).map(ClientFacts::parentId).orElse(null);
        }
    }
}
