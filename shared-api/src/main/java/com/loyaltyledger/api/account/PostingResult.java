package com.loyaltyledger.api.account;

/**
 * What a posting did, in minor units of {@code asset}: the balance and available balance after it. A repeat of
 * the same request answers with the same result. {@code posted} is false when there was nothing to post (a set
 * balance to the balance there already was).
 */
public record PostingResult(String transactionId,
                            String accountId,
                            PostingKind kind,
                            Direction direction,
                            long amount,
                            String asset,
                            long balance,
                            long available,
                            boolean posted) {
}
