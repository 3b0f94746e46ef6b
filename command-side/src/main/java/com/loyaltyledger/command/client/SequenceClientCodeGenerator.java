package com.loyaltyledger.command.client;

import com.loyaltyledger.command.common.Jdbc;

/**
 * Codes from a database sequence, so they are unique across instances without a lookup. The number is
 * scrambled by a bijection before it is written in Crockford's base 32 (no I, L, O, U), so consecutive clients
 * do not get look-alike codes: {@code 1} becomes a six-character code such as {@code 3QZ7KD}.
 */
public final class SequenceClientCodeGenerator implements ClientCodeGenerator {

    private static final String ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    private static final int BITS = 30;
    private static final long MASK = (1L << BITS) - 1;
    /** Odd, so multiplication by it permutes the numbers below 2^30. */
    private static final long MULTIPLIER = 0x2B5E_A7C3L;

    private final Jdbc jdbc;

    public SequenceClientCodeGenerator(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String nextCode() {
        long next = jdbc.queryOne("select nextval('client_code_seq')", row -> row.getLong(1))
                .orElseThrow(() -> new IllegalStateException("client_code_seq returned nothing"));
        return encode(next);
    }

    static String encode(long number) {
        long scrambled = number <= MASK ? (number * MULTIPLIER) & MASK : number;
        StringBuilder code = new StringBuilder();
        do {
            code.append(ALPHABET.charAt((int) (scrambled & 31)));
            scrambled >>>= 5;
        } while (scrambled > 0 || code.length() < BITS / 5);
        return code.reverse().toString();
    }
}
