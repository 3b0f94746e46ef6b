package com.loyaltyledger.api.privacy;

import com.loyaltyledger.api.account.AccountPage;
import com.loyaltyledger.api.account.AccountView;
import com.loyaltyledger.api.account.HoldView;
import com.loyaltyledger.api.card.CardView;
import com.loyaltyledger.api.client.ClientDetails;
import com.loyaltyledger.api.client.ClientField;
import com.loyaltyledger.api.client.ClientKind;
import com.loyaltyledger.api.client.ClientPage;
import com.loyaltyledger.api.client.ClientSearchCriteria;
import com.loyaltyledger.api.client.ClientSummary;
import com.loyaltyledger.api.client.ClientView;
import com.loyaltyledger.api.client.Consents;
import com.loyaltyledger.api.common.CommonError;
import com.loyaltyledger.api.common.DomainException;
import com.loyaltyledger.api.history.FieldChange;
import com.loyaltyledger.api.history.HistoryEntry;
import com.loyaltyledger.api.history.HistoryPage;
import com.loyaltyledger.api.journal.JournalChunk;
import com.loyaltyledger.api.journal.JournalLine;
import com.loyaltyledger.api.journal.JournalPage;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What each role sees of a client's personal data, in one place for every reader (the API, the back office):
 * roles that deal with people (CASHIER, OPERATOR, MANAGER, AUDITOR, ADMIN) see everything; any other caller
 * (ANALYST) reads lists and reports, not people. For them phones and email come partly hidden
 * ({@code +7913*****02}, {@code i***@example.com}: enough to tell records apart), every other personal field and
 * every piece of free text written about a client (notes, attributes, reasons, account names, history values) is
 * absent, a person's display name is their client code, and no filter may search what they cannot see (a prefix
 * or an exact guess would give it away one request at a time).
 * <p>
 * {@link #apply(Object)} takes any query result and answers it as this policy allows; {@link #checkQuery} refuses
 * the filters it does not allow. Readers call both for every query they send.
 */
public final class PersonalDataPolicy {

    /** How a field reaches a restricted caller. */
    public enum Visibility { SHOWN, MASKED, HIDDEN }

    public static final Set<String> ROLES_THAT_SEE_PEOPLE = Set.of("CASHIER", "OPERATOR", "MANAGER", "AUDITOR",
            "ADMIN");
    public static final PersonalDataPolicy FULL = new PersonalDataPolicy(false);
    public static final PersonalDataPolicy RESTRICTED = new PersonalDataPolicy(true);

    private static final Map<ClientField, Visibility> RESTRICTED_FIELDS = restrictedFields();
    /** History fields holding free text about someone, whatever the entity. */
    private static final Set<String> FREE_TEXT_FIELDS = Set.of("blockReason", "reason", "name", "statusReason",
            "mailingConsent", "smsConsent", "advertisingConsent", "receiptByEmail", "emailConfirmed", "channels");

    private final boolean restricted;

    private PersonalDataPolicy(boolean restricted) {
        this.restricted = restricted;
    }

    /** @param roles role names, e.g. {@code ANALYST} (a {@code ROLE_} prefix is ignored) */
    public static PersonalDataPolicy forRoles(Collection<String> roles) {
        for (String role : roles) {
            if (ROLES_THAT_SEE_PEOPLE.contains(role.startsWith("ROLE_") ? role.substring(5) : role)) {
                return FULL;
            }
        }
        return RESTRICTED;
    }

    public boolean restricted() {
        return restricted;
    }

    public Visibility visibility(ClientField field) {
        return restricted ? RESTRICTED_FIELDS.get(field) : Visibility.SHOWN;
    }

    /** Refuses a query whose filters would search what this policy hides. */
    public void checkQuery(ClientSearchCriteria criteria) {
        if (!restricted) {
            return;
        }
        refuseIf(criteria.name() != null, "name");
        refuseIf(criteria.phonePrefixes() != null || criteria.phoneSuffix() != null, "phone");
        refuseIf(criteria.birthdayFrom() != null || criteria.birthdayTo() != null, "birthdayFrom");
        refuseIf(criteria.codeWord() != null, "codeWord");
    }

    /** The result as this policy lets the caller see it; results without personal data come back unchanged. */
    public Object apply(Object result) {
        if (!restricted || result == null) {
            return result;
        }
        return switch (result) {
            case Optional<?> optional -> optional.map(this::apply);
            case ClientView client -> client(client);
            case ClientPage page -> new ClientPage(page.items().stream().map(this::summary).toList(), page.page(),
                    page.size(), page.totalItems());
            case HistoryPage page -> new HistoryPage(page.items().stream().map(this::history).toList(), page.page(),
                    page.size(), page.totalItems());
            case JournalPage page -> new JournalPage(page.items().stream().map(PersonalDataPolicy::line).toList(),
                    page.page(), page.size(), page.totalItems());
            case JournalChunk chunk -> new JournalChunk(chunk.items().stream().map(PersonalDataPolicy::line)
                    .toList());
            case AccountView account -> account(account);
            case AccountPage page -> new AccountPage(page.items().stream().map(PersonalDataPolicy::account).toList(),
                    page.page(), page.size(), page.totalItems());
            case CardView card -> card(card);
            default -> result;
        };
    }

    public static String maskPhone(String e164) {
        if (e164 == null || e164.length() < 8) {
            return e164 == null ? null : "*".repeat(e164.length());
        }
        return e164.substring(0, 5) + "*".repeat(e164.length() - 7) + e164.substring(e164.length() - 2);
    }

    public static String maskEmail(String email) {
        if (email == null) {
            return null;
        }
        int at = email.indexOf('@');
        return at <= 0 ? "***" : email.charAt(0) + "***" + email.substring(at);
    }

    private ClientView client(ClientView client) {
        return new ClientView(client.id(), client.code(), client.kind(), client.source(), details(client.details()),
                Consents.NONE, client.blocked(), null, client.deleted(), client.registeredAt(), client.updatedAt(),
                client.personalDataErasedAt(), client.purchases());
    }

    private ClientSummary summary(ClientSummary client) {
        return new ClientSummary(client.id(), client.code(), client.kind(),
                client.kind() == ClientKind.ORGANIZATION ? client.displayName() : client.code(),
                maskPhone(client.primaryPhone()), maskEmail(client.email()), null, client.blocked(),
                client.deleted(), client.parentId(), client.registeredAt());
    }

    /** The details with every field at its visibility: masked ones masked, hidden ones empty. */
    public ClientDetails details(ClientDetails details) {
        if (!restricted) {
            return details;
        }
        List<ClientField> hidden = new ArrayList<>();
        for (ClientField field : ClientField.values()) {
            if (RESTRICTED_FIELDS.get(field) == Visibility.HIDDEN) {
                hidden.add(field);
            }
        }
        ClientDetails masked = ClientDetails.EMPTY.with(new ClientDetails(null, null, null, null, null, null, null,
                details.phones().stream().map(PersonalDataPolicy::maskPhone).toList(), maskEmail(details.email()),
                null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null,
                null, null, true, null, null, null), List.of(ClientField.PHONES, ClientField.EMAIL));
        return details.with(ClientDetails.EMPTY, hidden).with(masked, List.of(ClientField.PHONES,
                ClientField.EMAIL));
    }

    private HistoryEntry history(HistoryEntry entry) {
        Set<String> personal = Arrays.stream(ClientField.values())
                .filter(field -> RESTRICTED_FIELDS.get(field) != Visibility.SHOWN).map(ClientField::apiName)
                .collect(Collectors.toSet());
        List<FieldChange> changes = entry.changes().stream()
                .map(change -> personal.contains(change.field()) || FREE_TEXT_FIELDS.contains(change.field())
                        ? new FieldChange(change.field(), null, null) : change)
                .toList();
        // summaries repeat reasons ("Blocked: …")
        return new HistoryEntry(entry.position(), entry.occurredAt(), entry.actor(), entry.onBehalfOf(),
                entry.channel(), entry.correlationId(), entry.entityType(), entry.entityId(), entry.eventType(), null,
                changes);
    }

    private static JournalLine line(JournalLine line) {
        return new JournalLine(line.lineId(), line.position(), line.occurredAt(), line.businessDay(),
                line.transactionId(), line.accountId(), line.systemAccount(), line.direction(), line.amount(),
                line.asset(), line.kind(), line.counterAccount(), null, line.source(), line.storeCode(), line.actor(),
                line.reversalOf());
    }

    private static AccountView account(AccountView account) {
        return new AccountView(account.accountId(), account.number(), null, account.accountTypeId(), account.asset(),
                account.kind(), account.owner(), account.balance(), account.held(), account.available(),
                account.blocked(), account.closed(), account.holds().stream().map(hold -> new HoldView(hold.holdId(),
                hold.amount(), hold.expiresAt(), null, hold.placedAt())).toList(), account.openedAt(),
                account.updatedAt());
    }

    private static CardView card(CardView card) {
        return new CardView(card.id(), card.number(), card.groupId(), card.groupName(), card.cardType(), card.status(),
                null, card.validFrom(), card.validTo(), card.homeStoreCode(), card.multiplier(), card.multiplierFrom(),
                card.multiplierTo(), card.currentMultiplier(), card.ownerId(), card.pinSet(), card.pinLockedUntil(),
                card.issuedAt(), card.updatedAt());
    }

    private static void refuseIf(boolean used, String filter) {
        if (used) {
            throw new DomainException(CommonError.FILTER_NOT_ALLOWED, "Your role may not search clients by "
                    + filter, Map.of("filter", filter));
        }
    }

    private static Map<ClientField, Visibility> restrictedFields() {
        Map<ClientField, Visibility> fields = new EnumMap<>(ClientField.class);
        for (ClientField field : ClientField.values()) {
            fields.put(field, field.personal() ? Visibility.HIDDEN : Visibility.SHOWN);
        }
        fields.put(ClientField.PHONES, Visibility.MASKED);
        fields.put(ClientField.EMAIL, Visibility.MASKED);
        // free text about the client, whether or not erasure treats it as personal data
        fields.put(ClientField.NOTES, Visibility.HIDDEN);
        fields.put(ClientField.ATTRIBUTES, Visibility.HIDDEN);
        fields.put(ClientField.OCCUPATION, Visibility.HIDDEN);
        fields.put(ClientField.POSITION, Visibility.HIDDEN);
        fields.put(ClientField.WEBSITE, Visibility.HIDDEN);
        fields.put(ClientField.EXTERNAL_ID, Visibility.HIDDEN);
        return Map.copyOf(fields);
    }
}
