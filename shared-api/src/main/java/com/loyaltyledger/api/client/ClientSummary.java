package com.loyaltyledger.api.client;

import java.time.Instant;
import java.time.LocalDate;

/** A row of the client list. */
public record ClientSummary(String id,
                            String code,
                            ClientKind kind,
                            String displayName,
                            String primaryPhone,
                            String email,
                            LocalDate birthDate,
                            boolean blocked,
                            boolean deleted,
                            String parentId,
                            Instant registeredAt) {
}
