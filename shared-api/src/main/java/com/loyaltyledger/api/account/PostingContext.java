package com.loyaltyledger.api.account;

import com.loyaltyledger.api.common.Channel;
import com.loyaltyledger.api.common.PersonalData;

/** Why and through what a posting came: a free-text reason, the source, and for POS the store's code. */
public record PostingContext(@PersonalData String reason, Channel source, String storeCode) {
}
