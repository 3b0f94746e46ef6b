package com.loyaltyledger.api.account;

public enum OwnerType {
    CLIENT,
    CARD,
    NONE
}
