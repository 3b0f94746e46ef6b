package com.loyaltyledger.api.client;

/** Stable orders of the client list; ties are broken by client id. */
public enum ClientSort {
    NAME,
    REGISTERED_AT,
    CODE
}
