package com.loyaltyledger.command.account;

import static com.loyaltyledger.command.testing.DomainExceptionMatchers.invalidField;

import com.loyaltyledger.api.account.AccountKind;
import com.loyaltyledger.api.account.AccountTypeChangedEvent;
import com.loyaltyledger.api.account.AccountTypeCreatedEvent;
import com.loyaltyledger.api.account.AccountTypeRules;
import com.loyaltyledger.api.account.ChangeAccountTypeCommand;
import com.loyaltyledger.api.account.CreateAccountTypeCommand;
import java.math.BigDecimal;
import java.util.Map;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class AccountTypeTest {

    private static final String ID = "type-1";
    private static final AccountTypeRules RULES = new AccountTypeRules("Points", 0, 50_000L, false);
    private FixtureConfiguration<AccountType> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(AccountType.class);
        fixture.registerInjectableResource(new AssetCatalog(Map.of("RUB", 2, "BONUS", 2, "YEN", 0)));
    }

    private static CreateAccountTypeCommand create(String asset, AccountKind kind, String minimum, String cap) {
        return new CreateAccountTypeCommand(ID, "Points", asset, kind, minimum == null ? null : new BigDecimal(minimum),
                cap == null ? null : new BigDecimal(cap), false);
    }

    @Test
    void createsATypeWithItsAssetsScaleAndRulesInMinorUnits() {
        fixture.givenNoPriorActivity()
                .when(create("BONUS", AccountKind.BONUS, "0", "500"))
                .expectEvents(new AccountTypeCreatedEvent(ID, "BONUS", 2, AccountKind.BONUS, RULES));
    }

    @Test
    void assetMustBeConfigured() {
        fixture.givenNoPriorActivity()
                .when(create("EUR", AccountKind.DEPOSIT, "0", null))
                .expectException(invalidField("asset"));
    }

    @Test
    void limitsHaveNoMoreDecimalsThanTheAsset() {
        fixture.givenNoPriorActivity()
                .when(create("YEN", AccountKind.DEPOSIT, "0", "10.5"))
                .expectException(invalidField("dailySpendLimit"));
    }

    @Test
    void depositAccountsCannotGoBelowZero() {
        fixture.givenNoPriorActivity()
                .when(create("RUB", AccountKind.DEPOSIT, "-100", null))
                .expectException(invalidField("minimumBalance"));
    }

    @Test
    void creditAccountsHaveANegativeMinimumAsTheirLimit() {
        fixture.givenNoPriorActivity()
                .when(create("RUB", AccountKind.CREDIT, "-1000.00", null))
                .expectEvents(new AccountTypeCreatedEvent(ID, "RUB", 2, AccountKind.CREDIT,
                        new AccountTypeRules("Points", -100_000, null, false)));
    }

    @Test
    void dailyCapMustBePositive() {
        fixture.givenNoPriorActivity()
                .when(create("RUB", AccountKind.DEPOSIT, "0", "0"))
                .expectException(invalidField("dailySpendLimit"));
    }

    @Test
    void changeCarriesTheRulesBeforeAndAfter() {
        AccountTypeRules after = new AccountTypeRules("Points", 0, null, true);
        fixture.given(new AccountTypeCreatedEvent(ID, "BONUS", 2, AccountKind.BONUS, RULES))
                .when(new ChangeAccountTypeCommand(ID, "Points", BigDecimal.ZERO, null, true))
                .expectEvents(new AccountTypeChangedEvent(ID, RULES, after));
    }

    @Test
    void changeThatChangesNothingEmitsNothing() {
        fixture.given(new AccountTypeCreatedEvent(ID, "BONUS", 2, AccountKind.BONUS, RULES))
                .when(new ChangeAccountTypeCommand(ID, "Points", null, new BigDecimal("500.00"), false))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }
}
