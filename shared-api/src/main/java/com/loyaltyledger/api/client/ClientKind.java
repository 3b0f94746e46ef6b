package com.loyaltyledger.api.client;

public enum ClientKind {
    PERSON,
    ORGANIZATION
}
