package com.loyaltyledger.command.client;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SequenceClientCodeGeneratorTest {

    @Test
    void codesAreSixReadableCharactersAndUnique() {
        Set<String> codes = new HashSet<>();
        for (long n = 1; n <= 200_000; n++) {
            String code = SequenceClientCodeGenerator.encode(n);
            assertThat(code).matches("[0-9A-HJKMNP-TV-Z]{6}");
            codes.add(code);
        }
        assertThat(codes).hasSize(200_000);
    }

    @Test
    void consecutiveNumbersDoNotLookAlike() {
        String first = SequenceClientCodeGenerator.encode(1);
        String second = SequenceClientCodeGenerator.encode(2);
        int samePositions = 0;
        for (int i = 0; i < first.length(); i++) {
            samePositions += first.charAt(i) == second.charAt(i) ? 1 : 0;
        }
        assertThat(samePositions).isLessThan(4);
    }

    @Test
    void numbersBeyondSixCharactersGetLongerCodesThatCannotCollide() {
        assertThat(SequenceClientCodeGenerator.encode(1L << 30)).hasSize(7);
    }
}
