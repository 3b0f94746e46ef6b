package com.loyaltyledger.api.card;

/**
 * A salted hash of a card's PIN: what events keep instead of the PIN. The algorithm and iteration count travel
 * with it so that a stronger setting later does not invalidate the hashes already stored.
 *
 * @param salt base64
 * @param hash base64
 */
public record PinHash(String algorithm, int iterations, String salt, String hash) {

    @Override
    public String toString() {
        return "PinHash[" + algorithm + "]";
    }
}
