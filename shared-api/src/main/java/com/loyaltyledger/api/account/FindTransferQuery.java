package com.loyaltyledger.api.account;

public record FindTransferQuery(String transferId) {
}
