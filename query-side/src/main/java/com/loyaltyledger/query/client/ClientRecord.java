package com.loyaltyledger.query.client;

import com.loyaltyledger.api.client.ClientBlockedEvent;
import com.loyaltyledger.api.client.ClientConsentsChangedEvent;
import com.loyaltyledger.api.client.ClientDeletedEvent;
import com.loyaltyledger.api.client.ClientDetails;
import com.loyaltyledger.api.client.ClientDetailsChangedEvent;
import com.loyaltyledger.api.client.ClientField;
import com.loyaltyledger.api.client.ClientKind;
import com.loyaltyledger.api.client.ClientPersonalDataErasedEvent;
import com.loyaltyledger.api.client.ClientPurchaseRecordedEvent;
import com.loyaltyledger.api.client.ClientPurchaseRefundedEvent;
import com.loyaltyledger.api.client.ClientPurchaseStats;
import com.loyaltyledger.api.client.ClientReRegisteredEvent;
import com.loyaltyledger.api.client.ClientRegisteredEvent;
import com.loyaltyledger.api.client.ClientRestoredEvent;
import com.loyaltyledger.api.client.ClientSource;
import com.loyaltyledger.api.client.ClientSummary;
import com.loyaltyledger.api.client.ClientUnblockedEvent;
import com.loyaltyledger.api.client.ClientView;
import com.loyaltyledger.api.client.Consents;
import com.loyaltyledger.api.client.ContactChannel;
import com.loyaltyledger.api.client.Gender;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** The client list's row: every profile field, plus derived columns the search needs. */
@Entity
@Table(name = "client_view")
public class ClientRecord {

    static final String ERASED_NAME = "[personal data erased]";
    private static final List<ClientField> PERSONAL_FIELDS = Arrays.stream(ClientField.values())
            .filter(ClientField::personal).toList();

    @Id
    @Column(length = 36)
    private String id;
    @Column(nullable = false, unique = true, length = 16)
    private String code;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private ClientKind kind;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 24)
    private ClientSource source;

    private String lastName;
    private String firstName;
    private String middleName;
    private String organizationName;
    /** The organisation's name or the person's full name, as lists show it and sort by it. */
    @Column(nullable = false)
    private String displayName;
    /** Lower-case names joined, for "any part of the name" search. */
    @Column(nullable = false)
    private String searchName;
    private LocalDate birthDate;
    /** month * 100 + day, for birthday ranges that ignore the year. */
    private Integer birthMmdd;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 8)
    private Gender gender;
    private String externalId;
    private String primaryPhone;
    private String email;
    private String address;
    private String postalCode;
    private String website;
    private String codeWord;
    private String notes;
    private String document;
    private String inn;
    private String okpo;
    private String okpd;
    private String kpp;
    private String bankAccount;
    private String bik;
    private String occupation;
    private String position;
    private Integer childrenCount;
    @Column(length = 36)
    private String parentId;
    private boolean usesOwnAccount;
    @Column(length = 36)
    private String categoryId;
    @Column(precision = 5, scale = 2)
    private BigDecimal individualDiscountPercent;
    @Column(precision = 5, scale = 2)
    private BigDecimal individualBonusPercent;

    private boolean consentMailing;
    private boolean consentSms;
    private boolean consentAdvertising;
    private boolean consentReceiptByEmail;
    private boolean emailConfirmed;
    /** Allowed contact channels, comma-separated. */
    private String contactChannels;

    private boolean blocked;
    private String blockReason;
    private boolean deleted;
    private Instant personalDataErasedAt;
    // purchase statistics change only through ClientProjection's SQL statements, never from this entity
    @Column(updatable = false)
    private long receiptCount;
    @Column(nullable = false, precision = 19, scale = 2, updatable = false)
    private BigDecimal purchasesTotal = BigDecimal.ZERO;
    @Column(updatable = false)
    private long linesTotal;
    @Column(updatable = false)
    private Instant firstPurchaseAt;
    @Column(updatable = false)
    private Instant lastPurchaseAt;
    @Column(nullable = false, precision = 19, scale = 2, updatable = false)
    private BigDecimal accumulatedTotal = BigDecimal.ZERO;
    @Column(nullable = false)
    private Instant registeredAt;
    @Column(nullable = false)
    private Instant updatedAt;

    @ElementCollection
    @CollectionTable(name = "client_view_phone", joinColumns = @JoinColumn(name = "client_id"))
    @OrderColumn(name = "position")
    private List<PhoneEntry> phones = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "client_view_tag", joinColumns = @JoinColumn(name = "client_id"))
    @Column(name = "tag", nullable = false)
    private Set<String> tags = new HashSet<>();

    @ElementCollection
    @CollectionTable(name = "client_view_special_date", joinColumns = @JoinColumn(name = "client_id"))
    @OrderColumn(name = "position")
    private List<SpecialDateEntry> specialDates = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "client_view_attribute", joinColumns = @JoinColumn(name = "client_id"))
    @MapKeyColumn(name = "attr_key")
    @Column(name = "attr_value")
    private Map<String, String> attributes = new HashMap<>();

    protected ClientRecord() {
    }

    private ClientRecord(String id, String code, ClientKind kind, ClientSource source, Instant registeredAt) {
        this.id = id;
        this.code = code;
        this.kind = kind;
        this.source = source;
        this.registeredAt = registeredAt;
        this.updatedAt = registeredAt;
    }

    static ClientRecord registered(ClientRegisteredEvent event, Instant at) {
        ClientRecord client = new ClientRecord(event.clientId(), event.code(), event.kind(), event.source(), at);
        client.applyDetails(event.details());
        // null when read after erasure: the consents were personal data
        client.applyConsents(event.consents() == null ? Consents.NONE : event.consents());
        return client;
    }

    /**
     * Folds one later event of this client into the row. The projection and the state-as-of-a-moment query
     * both use it, so a client rebuilt from the event store looks exactly like the list's row did then.
     */
    void apply(Object event, Instant at) {
        switch (event) {
            case ClientDetailsChangedEvent changed -> applyDetails(details().with(changed.after(),
                    changed.changedFields()));
            case ClientConsentsChangedEvent changed ->
                    applyConsents(changed.after() == null ? Consents.NONE : changed.after());
            case ClientBlockedEvent blockedEvent -> {
                blocked = true;
                blockReason = blockedEvent.reason();
            }
            case ClientUnblockedEvent ignored -> {
                blocked = false;
                blockReason = null;
            }
            case ClientDeletedEvent ignored -> deleted = true;
            case ClientRestoredEvent ignored -> deleted = false;
            case ClientPersonalDataErasedEvent erased -> erasePersonalData(erased, at);
            case ClientReRegisteredEvent registered -> {
                applyDetails(registered.details());
                applyConsents(registered.consents() == null ? Consents.NONE : registered.consents());
            }
            // the projection adds these up in SQL (ClientProjection); this serves the client as of a moment
            case ClientPurchaseRecordedEvent purchase -> {
                receiptCount++;
                purchasesTotal = purchasesTotal.add(purchase.amount());
                linesTotal += purchase.lineCount();
                firstPurchaseAt = firstPurchaseAt == null || purchase.purchasedAt().isBefore(firstPurchaseAt)
                        ? purchase.purchasedAt() : firstPurchaseAt;
                lastPurchaseAt = lastPurchaseAt == null || purchase.purchasedAt().isAfter(lastPurchaseAt)
                        ? purchase.purchasedAt() : lastPurchaseAt;
                accumulatedTotal = purchase.accumulatedAfter();
            }
            case ClientPurchaseRefundedEvent refund -> {
                purchasesTotal = purchasesTotal.subtract(refund.amount());
                accumulatedTotal = refund.accumulatedAfter();
            }
            default -> throw new IllegalArgumentException("Not a change of a client: " + event.getClass());
        }
        updatedAt = at;
    }

    String id() {
        return id;
    }

    private void applyDetails(ClientDetails details) {
        lastName = details.lastName();
        firstName = details.firstName();
        middleName = details.middleName();
        organizationName = details.organizationName();
        displayName = details.displayName();
        searchName = Arrays.stream(new String[]{lastName, firstName, middleName, organizationName})
                .filter(part -> part != null)
                .map(part -> part.toLowerCase(Locale.ROOT))
                .collect(Collectors.joining(" "));
        birthDate = details.birthDate();
        birthMmdd = birthDate == null ? null : birthDate.getMonthValue() * 100 + birthDate.getDayOfMonth();
        gender = details.gender();
        externalId = details.externalId();
        email = details.email();
        address = details.address();
        postalCode = details.postalCode();
        website = details.website();
        codeWord = details.codeWord();
        notes = details.notes();
        document = details.document();
        inn = details.inn();
        okpo = details.okpo();
        okpd = details.okpd();
        kpp = details.kpp();
        bankAccount = details.bankAccount();
        bik = details.bik();
        occupation = details.occupation();
        position = details.position();
        childrenCount = details.childrenCount();
        parentId = details.parentId();
        usesOwnAccount = details.usesOwnAccount();
        categoryId = details.categoryId();
        individualDiscountPercent = details.individualDiscountPercent();
        individualBonusPercent = details.individualBonusPercent();
        primaryPhone = details.phones().isEmpty() ? null : details.phones().getFirst();
        phones.clear();
        details.phones().forEach(phone -> phones.add(new PhoneEntry(phone)));
        tags.clear();
        tags.addAll(details.tags());
        specialDates.clear();
        details.specialDates().forEach(date -> specialDates.add(new SpecialDateEntry(date)));
        attributes.clear();
        attributes.putAll(details.attributes());
    }

    private void applyConsents(Consents consents) {
        consentMailing = consents.mailing();
        consentSms = consents.sms();
        consentAdvertising = consents.advertising();
        consentReceiptByEmail = consents.receiptByEmail();
        emailConfirmed = consents.emailConfirmed();
        contactChannels = consents.channels().stream().map(Enum::name).collect(Collectors.joining(","));
    }

    /**
     * Keeps what the programme needs (code, kind, organisation name, tags, flags, an employee's name); drops the
     * person, and the reason it was blocked for.
     */
    private void erasePersonalData(ClientPersonalDataErasedEvent erased, Instant at) {
        applyDetails(details().with(ClientDetails.EMPTY, PERSONAL_FIELDS).with(erased.keptNames(),
                ClientField.NAMES));
        applyConsents(Consents.NONE);
        blockReason = null;
        if (displayName.isEmpty()) {
            displayName = ERASED_NAME;
        }
        personalDataErasedAt = at;
    }

    ClientDetails details() {
        return new ClientDetails(lastName, firstName, middleName, organizationName, birthDate, gender, externalId,
                phones.stream().map(PhoneEntry::e164).toList(), email, address, postalCode, website, codeWord, notes,
                List.copyOf(tags), document, inn, okpo, okpd, kpp, bankAccount, bik,
                specialDates.stream().map(SpecialDateEntry::toSpecialDate).toList(), occupation, position,
                childrenCount, attributes, parentId, usesOwnAccount, categoryId, individualDiscountPercent,
                individualBonusPercent);
    }

    Consents consents() {
        Set<ContactChannel> channels = EnumSet.noneOf(ContactChannel.class);
        if (contactChannels != null && !contactChannels.isEmpty()) {
            Arrays.stream(contactChannels.split(",")).map(ContactChannel::valueOf).forEach(channels::add);
        }
        return new Consents(consentMailing, consentSms, consentAdvertising, consentReceiptByEmail, emailConfirmed,
                channels);
    }

    ClientView view() {
        return new ClientView(id, code, kind, source, details(), consents(), blocked, blockReason, deleted,
                registeredAt, updatedAt, personalDataErasedAt, purchaseStats());
    }

    ClientPurchaseStats purchaseStats() {
        BigDecimal receipts = BigDecimal.valueOf(receiptCount);
        return new ClientPurchaseStats(receiptCount, purchasesTotal,
                receiptCount == 0 ? null : purchasesTotal.divide(receipts, 2, RoundingMode.HALF_EVEN),
                receiptCount == 0 ? null : BigDecimal.valueOf(linesTotal).divide(receipts, 2, RoundingMode.HALF_EVEN),
                firstPurchaseAt, lastPurchaseAt, accumulatedTotal);
    }

    ClientSummary summary() {
        return new ClientSummary(id, code, kind, displayName, primaryPhone, email, birthDate, blocked, deleted,
                parentId, registeredAt);
    }
}
