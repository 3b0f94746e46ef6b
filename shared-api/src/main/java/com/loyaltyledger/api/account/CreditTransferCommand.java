package com.loyaltyledger.api.account;

/** The transfer saga's second leg: credit the target, or record why it could not be credited. */
public record CreditTransferCommand(String targetAccountId,
                                    String transferId,
                                    String sourceAccountId,
                                    long amount,
                                    String asset,
                                    PostingContext context) {
}
