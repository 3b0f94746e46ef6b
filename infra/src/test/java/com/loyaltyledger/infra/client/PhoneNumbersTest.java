package com.loyaltyledger.infra.client;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PhoneNumbersTest {

    private final PhoneNumbers russia = new PhoneNumbers("RU");

    @Test
    void readsPhonesAsPeopleTypeThem() {
        assertThat(russia.normalize("8 (913) 294-73-02")).contains("+79132947302");
        assertThat(russia.normalize("+7 913 294 73 02")).contains("+79132947302");
        assertThat(russia.normalize("9132947302")).contains("+79132947302");
        assertThat(russia.normalize("+44 20 7946 0958")).contains("+442079460958");
    }

    @Test
    void refusesWhatIsNotAPhone() {
        assertThat(russia.normalize("call me")).isEmpty();
        assertThat(russia.normalize("123")).isEmpty();
        assertThat(russia.normalize("")).isEmpty();
        assertThat(russia.normalize("8".repeat(100))).isEmpty();
    }

    @Test
    void aCompleteNumberIsSearchedExactly() {
        PhoneNumbers.PhoneSearch search = russia.search("8 (913) 294-73-02");
        assertThat(search.prefixes()).containsExactly("79132947302");
        assertThat(search.suffix()).isNull();
    }

    @Test
    void aFragmentIsSearchedAsTypedAndAsANationalNumber() {
        assertThat(russia.search("8 913 29").prefixes()).containsExactly("891329", "791329");
        assertThat(russia.search("913 29").prefixes()).containsExactly("91329", "791329");
        assertThat(russia.search("+7 913").prefixes()).containsExactly("7913");
        assertThat(russia.search("73-02").suffix()).isEqualTo("7302");
        assertThat(russia.search("02").suffix()).isNull();
    }
}
