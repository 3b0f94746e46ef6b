package com.loyaltyledger.api.client;

/** Ways the business may contact the client. */
public enum ContactChannel {
    PHONE_CALL,
    TELEGRAM,
    EMAIL,
    SMS
}
