package com.loyaltyledger.api.client;

/** How a client came to the programme. */
public enum ClientSource {
    MANUAL,
    IMPORT,
    SELF_REGISTRATION,
    API,
    POS
}
