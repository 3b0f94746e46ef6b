package com.loyaltyledger.command.client;

import static com.loyaltyledger.command.testing.DomainExceptionMatchers.invalidField;
import static com.loyaltyledger.command.testing.DomainExceptionMatchers.refusedWith;

import com.loyaltyledger.api.client.BlockClientCommand;
import com.loyaltyledger.api.client.ChangeClientConsentsCommand;
import com.loyaltyledger.api.client.ChangeClientDetailsCommand;
import com.loyaltyledger.api.client.ClientBlockedEvent;
import com.loyaltyledger.api.client.ClientConsentsChangedEvent;
import com.loyaltyledger.api.client.ClientDeletedEvent;
import com.loyaltyledger.api.client.ClientDetails;
import com.loyaltyledger.api.client.ClientDetailsChangedEvent;
import com.loyaltyledger.api.client.ClientError;
import com.loyaltyledger.api.client.ClientField;
import com.loyaltyledger.api.client.ClientKind;
import com.loyaltyledger.api.client.ClientPersonalDataErasedEvent;
import com.loyaltyledger.api.client.ClientReRegisteredEvent;
import com.loyaltyledger.api.client.ClientRegisteredEvent;
import com.loyaltyledger.api.client.ClientRegistration;
import com.loyaltyledger.api.client.ClientRestoredEvent;
import com.loyaltyledger.api.client.ClientSource;
import com.loyaltyledger.api.client.ClientUnblockedEvent;
import com.loyaltyledger.api.client.Consents;
import com.loyaltyledger.api.client.ConsentsPatch;
import com.loyaltyledger.api.client.ContactChannel;
import com.loyaltyledger.api.client.DeleteClientCommand;
import com.loyaltyledger.api.client.ErasePersonalDataCommand;
import com.loyaltyledger.api.client.ReRegisterClientCommand;
import com.loyaltyledger.api.client.Gender;
import com.loyaltyledger.api.client.RegisterClientCommand;
import com.loyaltyledger.api.client.RestoreClientCommand;
import com.loyaltyledger.api.client.SpecialDate;
import com.loyaltyledger.api.client.UnblockClientCommand;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ClientTest {

    private static final String ID = "client-1";
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-22T10:00:00Z"), ZoneOffset.UTC);

    private final InMemoryClientDirectory directory = new InMemoryClientDirectory();
    private final InMemoryCategories categories = new InMemoryCategories();
    private FixtureConfiguration<Client> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Client.class);
        ClientHierarchyPolicy hierarchy = new ClientHierarchyPolicy(directory);
        ClientCategoryPolicy categoryPolicy = new ClientCategoryPolicy(categories);
        fixture.registerInjectableResource(hierarchy);
        fixture.registerInjectableResource(categoryPolicy);
        fixture.registerInjectableResource(CLOCK);
        fixture.registerAnnotatedCommandHandler(new ClientRegistrationHandler(fixture.getRepository(),
                () -> "7K3QZD", hierarchy, categoryPolicy, CLOCK));
    }

    private static ClientDetails ivan() {
        return ClientDetails.EMPTY.with(new ClientDetails("Petrov", "Ivan", null, null, LocalDate.of(1990, 5, 17),
                        Gender.MALE, null, List.of("+79132947302"), "ivan@example.com", null, null, null, null, null,
                        List.of("vip"), null, null, null, null, null, null, null, List.of(), null, null, 2, Map.of(),
                        null, true, null, null, null),
                Set.of(ClientField.values()));
    }

    private static ClientRegisteredEvent registered() {
        return new ClientRegisteredEvent(ID, ClientKind.PERSON, ClientSource.MANUAL, "7K3QZD", ivan(), Consents.NONE);
    }

    private static RegisterClientCommand register(ClientKind kind, ClientDetails details) {
        return new RegisterClientCommand(ID, kind, ClientSource.MANUAL, details, null);
    }

    private static ChangeClientDetailsCommand change(ClientDetails details, ClientField... fields) {
        return new ChangeClientDetailsCommand(ID, details, Set.of(fields));
    }

    private static ClientDetails withField(ClientField field, ClientDetails source) {
        return ivan().with(source, Set.of(field));
    }

    @Test
    void registersPersonWithGeneratedCodeAndAnswersWithIt() {
        fixture.givenNoPriorActivity()
                .when(register(ClientKind.PERSON, ivan()))
                .expectSuccessfulHandlerExecution()
                .expectEvents(registered())
                .expectResultMessagePayload(new ClientRegistration(ID, "7K3QZD"));
    }

    @Test
    void personNeedsFirstName() {
        ClientDetails noFirstName = ivan().with(ClientDetails.EMPTY, Set.of(ClientField.FIRST_NAME));
        fixture.givenNoPriorActivity()
                .when(register(ClientKind.PERSON, noFirstName))
                .expectNoEvents()
                .expectException(invalidField("firstName"));
    }

    @Test
    void organisationNeedsOrganisationName() {
        fixture.givenNoPriorActivity()
                .when(register(ClientKind.ORGANIZATION, ivan()))
                .expectNoEvents()
                .expectException(invalidField("organizationName"));
    }

    @Test
    void emailMustBeWellFormed() {
        ClientDetails badEmail = ivan().with(new ClientDetails(null, null, null, null, null, null, null, null,
                "ivan.example.com", null, null, null, null, null, null, null, null, null, null, null, null, null, null,
                null, null, null, null, null, true, null, null, null), Set.of(ClientField.EMAIL));
        fixture.givenNoPriorActivity()
                .when(register(ClientKind.PERSON, badEmail))
                .expectException(invalidField("email"));
    }

    @Test
    void phonesMustBeInInternationalForm() {
        ClientDetails localPhone = withField(ClientField.PHONES, phones("+79132947302", "89132947302"));
        fixture.givenNoPriorActivity()
                .when(register(ClientKind.PERSON, localPhone))
                .expectException(invalidField("phones[1]"));
    }

    @Test
    void birthDateCannotBeInTheFuture() {
        ClientDetails unborn = ivan().with(new ClientDetails(null, null, null, null, LocalDate.of(2026, 11, 23),
                null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null,
                null, null, null, null, null, null, true, null, null, null), Set.of(ClientField.BIRTH_DATE));
        fixture.givenNoPriorActivity()
                .when(register(ClientKind.PERSON, unborn))
                .expectException(invalidField("birthDate"));
    }

    @Test
    void numberOfChildrenCannotBeNegative() {
        fixture.given(registered())
                .when(change(children(-1), ClientField.CHILDREN_COUNT))
                .expectNoEvents()
                .expectException(invalidField("childrenCount"));
    }

    @Test
    void atMostThreeSpecialDates() {
        SpecialDate date = new SpecialDate(LocalDate.of(2020, 1, 1), "day");
        ClientDetails four = new ClientDetails(null, null, null, null, null, null, null, null, null, null, null,
                null, null, null, null, null, null, null, null, null, null, null, List.of(date, date, date, date),
                null, null, null, null, null, true, null, null, null);
        fixture.given(registered())
                .when(change(four, ClientField.SPECIAL_DATES))
                .expectException(invalidField("specialDates"));
    }

    @Test
    void changeCarriesOnlyTheChangedFieldsWithOldAndNewValues() {
        ClientDetails requested = new ClientDetails("Sidorov", "Ivan", null, null, null, null, null,
                List.of("+79130000000"), null, null, null, null, null, null, null, null, null, null, null, null,
                null, null, null, null, null, null, null, null, true, null, null, null);
        ClientDetails before = ClientDetails.EMPTY.with(ivan(), Set.of(ClientField.LAST_NAME, ClientField.PHONES));
        ClientDetails after = ClientDetails.EMPTY.with(requested, Set.of(ClientField.LAST_NAME, ClientField.PHONES));
        fixture.given(registered())
                .when(change(requested, ClientField.LAST_NAME, ClientField.FIRST_NAME, ClientField.PHONES))
                .expectEvents(new ClientDetailsChangedEvent(ID, List.of(ClientField.LAST_NAME, ClientField.PHONES),
                        before, after));
    }

    @Test
    void changeThatChangesNothingEmitsNothing() {
        fixture.given(registered())
                .when(change(ivan(), ClientField.values()))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void clearingTheFirstNameOfAPersonIsRefused() {
        fixture.given(registered())
                .when(change(ClientDetails.EMPTY, ClientField.FIRST_NAME))
                .expectNoEvents()
                .expectException(invalidField("firstName"));
    }

    @Test
    void consentChangesCarryBeforeAndAfter() {
        Consents sms = new Consents(false, true, false, false, false, Set.of(ContactChannel.SMS));
        fixture.given(registered())
                .when(new ChangeClientConsentsCommand(ID,
                        new ConsentsPatch(null, true, null, null, null, Set.of(ContactChannel.SMS))))
                .expectEvents(new ClientConsentsChangedEvent(ID, Consents.NONE, sms));
    }

    @Test
    void unchangedConsentsEmitNothing() {
        fixture.given(registered())
                .when(new ChangeClientConsentsCommand(ID, new ConsentsPatch(false, false, null, null, null, null)))
                .expectNoEvents();
    }

    @Test
    void blockingNeedsAReason() {
        fixture.given(registered())
                .when(new BlockClientCommand(ID, "  "))
                .expectNoEvents()
                .expectException(invalidField("reason"));
    }

    @Test
    void blocksWithReason() {
        fixture.given(registered())
                .when(new BlockClientCommand(ID, "fraud at the till"))
                .expectEvents(new ClientBlockedEvent(ID, "fraud at the till"));
    }

    @Test
    void cannotBlockTwice() {
        fixture.given(registered(), new ClientBlockedEvent(ID, "fraud"))
                .when(new BlockClientCommand(ID, "again"))
                .expectException(refusedWith(ClientError.ALREADY_BLOCKED));
    }

    @Test
    void unblocksABlockedClient() {
        fixture.given(registered(), new ClientBlockedEvent(ID, "fraud"))
                .when(new UnblockClientCommand(ID, null))
                .expectEvents(new ClientUnblockedEvent(ID, null));
    }

    @Test
    void cannotUnblockAClientThatIsNotBlocked() {
        fixture.given(registered())
                .when(new UnblockClientCommand(ID, null))
                .expectException(refusedWith(ClientError.NOT_BLOCKED));
    }

    @Test
    void deletedClientTakesNoChanges() {
        fixture.given(registered(), new ClientDeletedEvent(ID, "left"))
                .when(change(children(3), ClientField.CHILDREN_COUNT))
                .expectNoEvents()
                .expectException(refusedWith(ClientError.DELETED));
    }

    @Test
    void deletedClientCannotBeBlocked() {
        fixture.given(registered(), new ClientDeletedEvent(ID, "left"))
                .when(new BlockClientCommand(ID, "fraud"))
                .expectException(refusedWith(ClientError.DELETED));
    }

    @Test
    void deletedClientCanBeRestored() {
        fixture.given(registered(), new ClientDeletedEvent(ID, "left"))
                .when(new RestoreClientCommand(ID))
                .expectEvents(new ClientRestoredEvent(ID));
    }

    @Test
    void onlyADeletedClientCanBeRestored() {
        fixture.given(registered())
                .when(new RestoreClientCommand(ID))
                .expectException(refusedWith(ClientError.NOT_DELETED));
    }

    @Test
    void cannotDeleteTwice() {
        fixture.given(registered(), new ClientDeletedEvent(ID, "left"))
                .when(new DeleteClientCommand(ID, "again"))
                .expectException(refusedWith(ClientError.DELETED));
    }

    @Test
    void parentMustExist() {
        fixture.given(registered())
                .when(change(parent("org-unknown"), ClientField.PARENT_ID))
                .expectException(refusedWith(ClientError.PARENT_NOT_FOUND));
    }

    @Test
    void parentMustBeAnOrganisation() {
        directory.add(new ClientFacts("person-2", ClientKind.PERSON, null, false, false, null));
        fixture.given(registered())
                .when(change(parent("person-2"), ClientField.PARENT_ID))
                .expectException(refusedWith(ClientError.PARENT_NOT_ORGANIZATION));
    }

    @Test
    void clientCannotSitUnderItsOwnDescendant() {
        directory.add(new ClientFacts(ID, ClientKind.ORGANIZATION, null, false, false, null))
                .add(new ClientFacts("department", ClientKind.ORGANIZATION, ID, false, false, null))
                .add(new ClientFacts("team", ClientKind.ORGANIZATION, "department", false, false, null));
        fixture.given(registered())
                .when(change(parent("team"), ClientField.PARENT_ID))
                .expectException(refusedWith(ClientError.HIERARCHY_CYCLE));
    }

    @Test
    void movesUnderAnOrganisation() {
        directory.add(new ClientFacts("org", ClientKind.ORGANIZATION, null, false, false, null));
        ClientDetails before = ClientDetails.EMPTY.only(Set.of(ClientField.PARENT_ID));
        fixture.given(registered())
                .when(change(parent("org"), ClientField.PARENT_ID))
                .expectEvents(new ClientDetailsChangedEvent(ID, List.of(ClientField.PARENT_ID), before,
                        parent("org")));
    }

    @Test
    void erasesPersonalDataOnce() {
        fixture.given(registered(), new ClientDeletedEvent(ID, "left"))
                .when(new ErasePersonalDataCommand(ID))
                .expectEvents(new ClientPersonalDataErasedEvent(ID, null, null, null));
        fixture.given(registered(), new ClientPersonalDataErasedEvent(ID, null, null, null))
                .when(new ErasePersonalDataCommand(ID))
                .expectNoEvents()
                .expectException(refusedWith(ClientError.PERSONAL_DATA_ERASED));
    }

    @Test
    void anErasedClientIsNotChangedButReRegisteredAndThenErasableAgain() {
        fixture.given(registered(), new ClientPersonalDataErasedEvent(ID, null, null, null))
                .when(change(ivan(), ClientField.FIRST_NAME, ClientField.TAGS))
                .expectNoEvents()
                .expectException(refusedWith(ClientError.PERSONAL_DATA_ERASED));
        fixture.given(registered())
                .when(new ReRegisterClientCommand(ID, ivan(), Consents.NONE))
                .expectNoEvents()
                .expectException(refusedWith(ClientError.NOT_ERASED));
        fixture.given(registered(), new ClientPersonalDataErasedEvent(ID, null, null, null))
                .when(new ReRegisterClientCommand(ID, ivan(), Consents.NONE))
                .expectEvents(new ClientReRegisteredEvent(ID, ivan(), Consents.NONE));
        fixture.given(registered(), new ClientPersonalDataErasedEvent(ID, null, null, null),
                        new ClientReRegisteredEvent(ID, ivan(), Consents.NONE))
                .when(new ErasePersonalDataCommand(ID))
                .expectEvents(new ClientPersonalDataErasedEvent(ID, null, null, null));
    }

    @Test
    void aReasonGivenAfterAnErasureCanBeErasedToo() {
        fixture.given(registered(), new ClientPersonalDataErasedEvent(ID, null, null, null),
                        new ClientBlockedEvent(ID, "owes money"))
                .when(new ErasePersonalDataCommand(ID))
                .expectEvents(new ClientPersonalDataErasedEvent(ID, null, null, null));
    }

    @Test
    void anEmployeeOfAnOrganisationKeepsTheirNameOnErasure() {
        directory.add(new ClientFacts("org", ClientKind.ORGANIZATION, null, false, false, null));
        ClientDetails employee = ivan().with(parent("org"), Set.of(ClientField.PARENT_ID));
        fixture.given(new ClientRegisteredEvent(ID, ClientKind.PERSON, ClientSource.MANUAL, "7K3QZD", employee,
                        Consents.NONE))
                .when(new ErasePersonalDataCommand(ID))
                .expectEvents(new ClientPersonalDataErasedEvent(ID, "Petrov", "Ivan", null));
    }

    @Test
    void personalFieldsFollowTheMarksOfTheProfile() {
        org.assertj.core.api.Assertions.assertThat(java.util.Arrays.stream(ClientField.values())
                        .filter(ClientField::personal).map(ClientField::apiName))
                .containsExactlyInAnyOrder("lastName", "firstName", "middleName", "birthDate", "phones", "email",
                        "address", "postalCode", "website", "codeWord", "notes", "document", "inn", "bankAccount",
                        "specialDates", "occupation", "position", "attributes");
    }

    @Test
    void categoryMustExist() {
        fixture.given(registered())
                .when(change(category("gold", null), ClientField.CATEGORY_ID))
                .expectException(refusedWith(ClientError.CATEGORY_NOT_FOUND));
    }

    @Test
    void entersAnExistingCategory() {
        categories.add("gold", "Gold");
        fixture.given(registered())
                .when(change(category("gold", null), ClientField.CATEGORY_ID))
                .expectEvents(new ClientDetailsChangedEvent(ID, List.of(ClientField.CATEGORY_ID), ClientDetails.EMPTY,
                        ClientDetails.EMPTY.with(category("gold", null), Set.of(ClientField.CATEGORY_ID))));
    }

    @Test
    void categoryIsSetOnTheTopOfAHierarchyOnly() {
        categories.add("gold", "Gold");
        directory.add(new ClientFacts("org", ClientKind.ORGANIZATION, null, false, false, null));
        fixture.given(registered())
                .when(change(category("gold", "org"), ClientField.CATEGORY_ID, ClientField.PARENT_ID))
                .expectException(invalidField("categoryId"));
    }

    @Test
    void individualPercentsAreFromZeroToHundred() {
        ClientDetails tooMuch = ClientDetails.EMPTY.with(new ClientDetails(null, null, null, null, null, null, null,
                null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null,
                null, null, null, null, true, null, new java.math.BigDecimal("100.5"), null),
                Set.of(ClientField.INDIVIDUAL_DISCOUNT_PERCENT));
        fixture.given(registered())
                .when(change(tooMuch, ClientField.INDIVIDUAL_DISCOUNT_PERCENT))
                .expectException(invalidField("individualDiscountPercent"));
    }

    private static ClientDetails category(String categoryId, String parentId) {
        return new ClientDetails(null, null, null, null, null, null, null, null, null, null, null, null, null, null,
                null, null, null, null, null, null, null, null, null, null, null, null, null, parentId, true,
                categoryId, null, null);
    }

    private static ClientDetails phones(String... phones) {
        return ClientDetails.EMPTY.with(new ClientDetails(null, null, null, null, null, null, null, List.of(phones),
                null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null,
                null, null, null, true, null, null, null), Set.of(ClientField.PHONES));
    }

    private static ClientDetails children(int count) {
        return new ClientDetails(null, null, null, null, null, null, null, null, null, null, null, null, null, null,
                null, null, null, null, null, null, null, null, null, null, null, count, null, null, true, null, null, null);
    }

    private static ClientDetails parent(String parentId) {
        return new ClientDetails(null, null, null, null, null, null, null, null, null, null, null, null, null, null,
                null, null, null, null, null, null, null, null, null, null, null, null, null, parentId, true, null, null, null);
    }
}
