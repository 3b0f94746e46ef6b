package com.loyaltyledger.api.card;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class CardDetailsTest {

    private static final BigDecimal GROUP_DEFAULT = BigDecimal.ONE;
    private static final CardDetails DECEMBER_DOUBLE = new CardDetails("group", null, null, null,
            new BigDecimal("2.00"), LocalDate.of(2026, 12, 1), LocalDate.of(2026, 12, 31));

    @Test
    void theCardsMultiplierAppliesWithinItsPeriodBothEndsIncluded() {
        assertThat(DECEMBER_DOUBLE.multiplierOn(LocalDate.of(2026, 12, 1), GROUP_DEFAULT)).isEqualTo("2");
        assertThat(DECEMBER_DOUBLE.multiplierOn(LocalDate.of(2026, 12, 31), GROUP_DEFAULT)).isEqualTo("2");
    }

    @Test
    void outsideItsPeriodTheGroupsDefaultApplies() {
        assertThat(DECEMBER_DOUBLE.multiplierOn(LocalDate.of(2026, 11, 30), GROUP_DEFAULT)).isEqualTo("1");
        assertThat(DECEMBER_DOUBLE.multiplierOn(LocalDate.of(2027, 1, 1), GROUP_DEFAULT)).isEqualTo("1");
    }

    @Test
    void anOpenPeriodHasNoEndOnThatSide() {
        CardDetails always = new CardDetails("group", null, null, null, new BigDecimal("3"), null, null);
        assertThat(always.multiplierOn(LocalDate.of(1999, 1, 1), GROUP_DEFAULT)).isEqualTo("3");
        assertThat(CardDetails.EMPTY.multiplierOn(LocalDate.of(1999, 1, 1), GROUP_DEFAULT)).isEqualTo("1");
    }

    @Test
    void withTakesOnlyTheNamedFields() {
        CardDetails source = new CardDetails("other", null, LocalDate.of(2030, 1, 1), " ST ", null, null, null);
        CardDetails changed = DECEMBER_DOUBLE.with(source, List.of(CardField.VALID_TO, CardField.HOME_STORE_CODE));
        assertThat(changed).isEqualTo(new CardDetails("group", null, LocalDate.of(2030, 1, 1), "ST",
                new BigDecimal("2"), LocalDate.of(2026, 12, 1), LocalDate.of(2026, 12, 31)));
        assertThat(CardField.MULTIPLIER.display(DECEMBER_DOUBLE)).isEqualTo("2");
    }
}
