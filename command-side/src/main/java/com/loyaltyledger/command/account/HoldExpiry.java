package com.loyaltyledger.command.account;

/** The payload of a hold's expiry deadline. */
public record HoldExpiry(String holdId) {
}
