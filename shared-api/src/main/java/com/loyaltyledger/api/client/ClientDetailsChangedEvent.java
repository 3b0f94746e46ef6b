package com.loyaltyledger.api.client;

import com.loyaltyledger.api.common.DataSubject;
import java.util.List;

/**
 * Only the fields that changed: {@code before} and {@code after} hold the old and new values of
 * {@code changedFields} and nothing else.
 */
public record ClientDetailsChangedEvent(@DataSubject String clientId,
                                        List<ClientField> changedFields,
                                        ClientDetails before,
                                        ClientDetails after) {
}
