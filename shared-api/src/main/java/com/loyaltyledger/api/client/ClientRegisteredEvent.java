package com.loyaltyledger.api.client;

public record ClientRegisteredEvent(String clientId,
                                    ClientKind kind,
                                    ClientSource source,
                                    String code,
                                    ClientDetails details,
                                    Consents consents) {
}
