package com.loyaltyledger.command.category;

import static com.loyaltyledger.command.testing.DomainExceptionMatchers.invalidField;
import static com.loyaltyledger.command.testing.DomainExceptionMatchers.refusedWith;
import static org.assertj.core.api.Assertions.assertThat;

import com.loyaltyledger.api.account.AccountKind;
import com.loyaltyledger.api.account.LedgerError;
import com.loyaltyledger.api.category.CategoryError;
import com.loyaltyledger.api.category.CategoryTerms;
import com.loyaltyledger.api.category.ChangeClientCategoryCommand;
import com.loyaltyledger.api.category.ClientCategoryChangedEvent;
import com.loyaltyledger.api.category.ClientCategoryCreatedEvent;
import com.loyaltyledger.api.category.CreateClientCategoryCommand;
import com.loyaltyledger.command.account.AccountTypeDirectory;
import com.loyaltyledger.command.account.AccountTypeFacts;
import java.math.BigDecimal;
import java.util.Optional;
import java.util.Set;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ClientCategoryTest {

    private static final String ID = "gold";

    private FixtureConfiguration<ClientCategory> fixture;
    private String takenName;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(ClientCategory.class);
        fixture.registerInjectableResource((AccountTypeDirectory) id -> id.equals("bonus-points")
                ? Optional.of(new AccountTypeFacts(id, "BONUS", 2, AccountKind.BONUS, null)) : Optional.empty());
        fixture.registerInjectableResource(new CategoryDirectory() {
            @Override
            public boolean exists(String categoryId) {
                return false;
            }

            @Override
            public Optional<String> findByName(String name) {
                return name.equalsIgnoreCase(takenName) ? Optional.of("silver") : Optional.empty();
            }

            @Override
            public Optional<CategoryTerms> terms(String categoryId) {
                return Optional.empty();
            }

            @Override
            public Optional<String> accountTypeOf(String categoryId) {
                return Optional.empty();
            }
        });
    }

    static CategoryTerms gold() {
        return new CategoryTerms("Gold", d("5"), d("1"), d("10"), d("10000"), d("3"), d("0.5"), d("6"), null, true);
    }

    private static BigDecimal d(String value) {
        return new BigDecimal(value);
    }

    @Test
    void createsACategoryWithItsTerms() {
        fixture.givenNoPriorActivity()
                .when(new CreateClientCategoryCommand(ID, gold()))
                .expectEvents(new ClientCategoryCreatedEvent(ID, gold()));
    }

    @Test
    void theAccountTypeForNewClientsMustExist() {
        CategoryTerms unknownType = gold().with(new CategoryTerms(null, null, null, null, null, null, null, null,
                "no-such-type", true), Set.of("accountTypeId"));
        fixture.givenNoPriorActivity()
                .when(new CreateClientCategoryCommand(ID, unknownType))
                .expectNoEvents()
                .expectException(refusedWith(LedgerError.TYPE_NOT_FOUND));
        fixture.given(new ClientCategoryCreatedEvent(ID, gold()))
                .when(new ChangeClientCategoryCommand(ID, unknownType, Set.of("accountTypeId")))
                .expectNoEvents()
                .expectException(refusedWith(LedgerError.TYPE_NOT_FOUND));
        CategoryTerms knownType = gold().with(new CategoryTerms(null, null, null, null, null, null, null, null,
                "bonus-points", true), Set.of("accountTypeId"));
        fixture.given(new ClientCategoryCreatedEvent(ID, gold()))
                .when(new ChangeClientCategoryCommand(ID, knownType, Set.of("accountTypeId")))
                .expectEvents(new ClientCategoryChangedEvent(ID, gold(), knownType));
    }

    @Test
    void percentsAreFromZeroToHundred() {
        CategoryTerms terms = gold().with(new CategoryTerms(null, d("101"), null, null, null, null, null, null, null,
                true), Set.of("discountPercent"));
        fixture.givenNoPriorActivity()
                .when(new CreateClientCategoryCommand(ID, terms))
                .expectException(invalidField("discountPercent"));
    }

    @Test
    void maximumCannotBeBelowTheBase() {
        CategoryTerms terms = gold().with(new CategoryTerms(null, null, null, null, null, null, null, d("2"), null,
                true), Set.of("maxBonusPercent"));
        fixture.givenNoPriorActivity()
                .when(new CreateClientCategoryCommand(ID, terms))
                .expectException(invalidField("maxBonusPercent"));
    }

    @Test
    void stepsNeedAStepAmount() {
        CategoryTerms terms = gold().with(new CategoryTerms(null, null, null, null, null, null, null, null, null,
                true), Set.of("stepAmount"));
        fixture.givenNoPriorActivity()
                .when(new CreateClientCategoryCommand(ID, terms))
                .expectException(invalidField("stepAmount"));
    }

    @Test
    void namesAreUnique() {
        takenName = "gold";
        fixture.givenNoPriorActivity()
                .when(new CreateClientCategoryCommand(ID, gold()))
                .expectException(refusedWith(CategoryError.NAME_TAKEN));
    }

    @Test
    void changeCarriesBeforeAndAfter() {
        CategoryTerms raised = gold().with(new CategoryTerms(null, null, null, null, null, d("4"), null, null, null,
                true), Set.of("bonusPercent"));
        fixture.given(new ClientCategoryCreatedEvent(ID, gold()))
                .when(new ChangeClientCategoryCommand(ID, raised, Set.of("bonusPercent")))
                .expectEvents(new ClientCategoryChangedEvent(ID, gold(), raised));
    }

    @Test
    void theSameTermsWrittenDifferentlyAreNoChange() {
        CategoryTerms sameBonus = new CategoryTerms(null, null, null, null, null, d("3.000"), null, null, null, true);
        fixture.given(new ClientCategoryCreatedEvent(ID, gold()))
                .when(new ChangeClientCategoryCommand(ID, sameBonus, Set.of("bonusPercent")))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void discountAndBonusGrowByStepsUpToTheirMaxima() {
        CategoryTerms terms = gold();
        assertThat(terms.step(d("9999.99"))).isZero();
        assertThat(terms.step(d("10000"))).isEqualTo(1);
        assertThat(terms.step(d("35000"))).isEqualTo(3);
        assertThat(terms.discountAt(0)).isEqualByComparingTo("5");
        assertThat(terms.discountAt(3)).isEqualByComparingTo("8");
        assertThat(terms.discountAt(50)).isEqualByComparingTo("10");
        assertThat(terms.bonusAt(2)).isEqualByComparingTo("4");
        assertThat(terms.bonusAt(100)).isEqualByComparingTo("6");
    }
}
