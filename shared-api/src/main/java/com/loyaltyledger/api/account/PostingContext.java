package com.loyaltyledger.api.account;

import com.loyaltyledger.api.common.Channel;

/** Why and through what a posting came: a free-text reason, the source, and for POS the store's code. */
public record PostingContext(String reason, Channel source, String storeCode) {
}
