package com.loyaltyledger.api.client;

public enum Gender {
    UNKNOWN,
    MALE,
    FEMALE
}
