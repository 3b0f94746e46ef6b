package com.loyaltyledger.api.client;

import java.util.List;

/**
 * Only the fields that changed: {@code before} and {@code after} hold the old and new values of
 * {@code changedFields} and nothing else.
 */
public record ClientDetailsChangedEvent(String clientId,
                                        List<ClientField> changedFields,
                                        ClientDetails before,
                                        ClientDetails after) {
}
