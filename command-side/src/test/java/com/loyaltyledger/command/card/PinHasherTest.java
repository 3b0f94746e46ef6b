package com.loyaltyledger.command.card;

import static org.assertj.core.api.Assertions.assertThat;

import com.loyaltyledger.api.card.Pin;
import com.loyaltyledger.api.card.PinHash;
import org.junit.jupiter.api.Test;

class PinHasherTest {

    private final PinHasher hasher = new PinHasher(1_000);

    @Test
    void theSamePinHashesDifferentlyEachTimeBecauseOfItsSalt() {
        PinHash first = hasher.hash(new Pin("1234"));
        PinHash second = hasher.hash(new Pin("1234"));
        assertThat(first.salt()).isNotEqualTo(second.salt());
        assertThat(first.hash()).isNotEqualTo(second.hash());
        assertThat(hasher.matches(new Pin("1234"), first)).isTrue();
        assertThat(hasher.matches(new Pin("1234"), second)).isTrue();
    }

    @Test
    void aHashMadeWithOtherSettingsStillVerifies() {
        PinHash old = new PinHasher(10).hash(new Pin("987654"));
        assertThat(old.iterations()).isEqualTo(10);
        assertThat(hasher.matches(new Pin("987654"), old)).isTrue();
        assertThat(hasher.matches(new Pin("987655"), old)).isFalse();
    }

    @Test
    void neitherThePinNorItsHashShowsInTheirStringForms() {
        Pin pin = new Pin("5555");
        PinHash hash = hasher.hash(pin);
        assertThat(pin.toString()).doesNotContain("5555");
        assertThat(hash.toString()).doesNotContain(hash.hash()).doesNotContain(hash.salt());
    }
}
