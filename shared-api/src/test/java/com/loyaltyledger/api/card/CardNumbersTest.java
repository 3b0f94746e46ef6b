package com.loyaltyledger.api.card;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.loyaltyledger.api.common.DomainException;
import org.junit.jupiter.api.Test;

class CardNumbersTest {

    @Test
    void numbersAreTrimmedAndUpperCased() {
        assertThat(CardNumbers.normalize("number", " 4600-ab.c_1 ")).isEqualTo("4600-AB.C_1");
    }

    @Test
    void refusalsNameTheFieldTheyWereAskedFor() {
        assertThatThrownBy(() -> CardNumbers.normalize("numberPrefix", "46 00"))
                .isInstanceOfSatisfying(DomainException.class, e ->
                        assertThat(e.fieldErrors()).singleElement()
                                .satisfies(error -> assertThat(error.field()).isEqualTo("numberPrefix")));
    }

    @Test
    void aNumberHasOneToThirtyTwoCharacters() {
        assertThatThrownBy(() -> CardNumbers.normalize("number", null)).isInstanceOf(DomainException.class);
        assertThatThrownBy(() -> CardNumbers.normalize("number", "x".repeat(33)))
                .isInstanceOf(DomainException.class);
        assertThat(CardNumbers.normalize("number", "7")).isEqualTo("7");
    }
}
