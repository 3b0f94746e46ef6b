package com.loyaltyledger.command.client;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import com.loyaltyledger.api.category.CategoryTerms;
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
import com.loyaltyledger.api.client.ClientPurchaseRecordedEvent;
import com.loyaltyledger.api.purchase.PurchaseError;
import com.loyaltyledger.api.client.ClientPurchaseRefundedEvent;
import com.loyaltyledger.api.client.ClientReRegisteredEvent;
import com.loyaltyledger.api.client.ClientRegisteredEvent;
import com.loyaltyledger.api.client.ClientRestoredEvent;
import com.loyaltyledger.api.client.ClientUnblockedEvent;
import com.loyaltyledger.api.client.Consents;
import com.loyaltyledger.api.client.DeleteClientCommand;
import com.loyaltyledger.api.client.ErasePersonalDataCommand;
import com.loyaltyledger.api.client.ReRegisterClientCommand;
import com.loyaltyledger.api.client.RegisterClientCommand;
import com.loyaltyledger.api.client.RestoreClientCommand;
import com.loyaltyledger.api.client.UnblockClientCommand;
import com.loyaltyledger.api.common.DomainException;
import java.math.BigDecimal;
import java.util.Map;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

/** A person or organisation in the programme. Holds only what its rules need. */
@Aggregate(cache = "aggregateCache")
public class Client {

    private static final List<ClientField> PERSONAL_FIELDS = Arrays.stream(ClientField.values())
            .filter(ClientField::personal).toList();

    @AggregateIdentifier
    private String clientId;
    private ClientKind kind;
    private ClientDetails details;
    private Consents consents;
    private boolean blocked;
    private boolean deleted;
    private boolean personalDataErased;
    /** Free text about the client (block, unblock or delete reasons) recorded since its last erasure. */
    private boolean personalDataSinceErasure;
    private BigDecimal accumulatedTotal = BigDecimal.ZERO;

    protected Client() {
        // for Axon: rebuilt from events
    }

    /** Registration goes through {@link ClientRegistrationHandler}, which answers with the generated code. */
    Client(RegisterClientCommand command, String code, ClientHierarchyPolicy hierarchy,
           ClientCategoryPolicy categories, Clock clock) {
        if (command.kind() == null) {
            throw DomainException.invalidField("kind", "kind is required: PERSON or ORGANIZATION");
        }
        if (command.source() == null) {
            throw DomainException.invalidField("source", "source is required");
        }
        ClientDetails profile = command.details() == null ? ClientDetails.EMPTY : command.details();
        ClientProfileRules.validate(command.kind(), profile, LocalDate.now(clock));
        hierarchy.checkParent(command.clientId(), profile.parentId());
        categories.check(profile);
        apply(new ClientRegisteredEvent(command.clientId(), command.kind(), command.source(), code, profile,
                command.consents() == null ? Consents.NONE : command.consents()));
    }

    @CommandHandler
    public void handle(ChangeClientDetailsCommand command, ClientHierarchyPolicy hierarchy,
                       ClientCategoryPolicy categories, Clock clock) {
        requireNotDeleted();
        requireNotErased();
        if (command.details() == null || command.fields() == null) {
            return;
        }
        List<ClientField> changed = command.fields().stream()
                .filter(field -> !Objects.equals(field.get(details), field.get(command.details())))
                .sorted()
                .toList();
        if (changed.isEmpty()) {
            return;
        }
        ClientDetails next = details.with(command.details(), changed);
        ClientProfileRules.validate(kind, next, LocalDate.now(clock));
        if (changed.contains(ClientField.PARENT_ID)) {
            hierarchy.checkParent(clientId, next.parentId());
        }
        if (changed.contains(ClientField.PARENT_ID) || changed.contains(ClientField.CATEGORY_ID)) {
            categories.check(next);
        }
        apply(new ClientDetailsChangedEvent(clientId, changed, details.only(changed), next.only(changed)));
    }

    @CommandHandler
    public void handle(ChangeClientConsentsCommand command) {
        requireNotDeleted();
        requireNotErased();
        if (command.change() == null) {
            return;
        }
        Consents next = command.change().applyTo(consents);
        if (!next.equals(consents)) {
            apply(new ClientConsentsChangedEvent(clientId, consents, next));
        }
    }

    @CommandHandler
    public void handle(BlockClientCommand command) {
        requireNotDeleted();
        if (blocked) {
            throw new DomainException(ClientError.ALREADY_BLOCKED, "Client " + clientId + " is already blocked");
        }
        apply(new ClientBlockedEvent(clientId, requireReason(command.reason())));
    }

    @CommandHandler
    public void handle(UnblockClientCommand command) {
        requireNotDeleted();
        if (!blocked) {
            throw new DomainException(ClientError.NOT_BLOCKED, "Client " + clientId + " is not blocked");
        }
        apply(new ClientUnblockedEvent(clientId, command.reason()));
    }

    @CommandHandler
    public void handle(DeleteClientCommand command) {
        requireNotDeleted();
        apply(new ClientDeletedEvent(clientId, command.reason()));
    }

    @CommandHandler
    public void handle(RestoreClientCommand command) {
        if (!deleted) {
            throw new DomainException(ClientError.NOT_DELETED, "Client " + clientId + " is not deleted");
        }
        apply(new ClientRestoredEvent(clientId));
    }

    /**
     * Erasure is allowed for deleted clients too: leaving the programme is a common reason to ask for it. Again
     * after a re-registration, or when reasons about the client were given since. An employee of an organisation
     * keeps their name.
     */
    @CommandHandler
    public void handle(ErasePersonalDataCommand command) {
        if (personalDataErased && !personalDataSinceErasure) {
            throw new DomainException(ClientError.PERSONAL_DATA_ERASED,
                    "The personal data of client " + clientId + " is already erased");
        }
        boolean employee = kind == ClientKind.PERSON && details.parentId() != null;
        apply(new ClientPersonalDataErasedEvent(clientId, employee ? details.lastName() : null,
                employee ? details.firstName() : null, employee ? details.middleName() : null));
    }

    /** A new profile after an erasure; its personal data goes under a new key, and can be erased in turn. */
    @CommandHandler
    public void handle(ReRegisterClientCommand command, ClientHierarchyPolicy hierarchy,
                       ClientCategoryPolicy categories, Clock clock) {
        requireNotDeleted();
        if (!personalDataErased) {
            throw new DomainException(ClientError.NOT_ERASED, "Client " + clientId
                    + " is registered; change it with PATCH, re-registration follows an erasure");
        }
        ClientDetails profile = command.details() == null ? ClientDetails.EMPTY : command.details();
        ClientProfileRules.validate(kind, profile, LocalDate.now(clock));
        if (!Objects.equals(profile.parentId(), details.parentId())) {
            hierarchy.checkParent(clientId, profile.parentId());
        }
        categories.check(profile);
        apply(new ClientReRegisteredEvent(clientId, profile,
                command.consents() == null ? Consents.NONE : command.consents()));
    }

    /** The profile a purchase prices by: category, individual percents, parent. */
    public ClientDetails details() {
        return details;
    }

    public boolean blocked() {
        return blocked;
    }

    public boolean deleted() {
        return deleted;
    }

    /** The largest accumulated purchase total (and purchase statistics) the read models' columns hold exactly. */
    public static final BigDecimal MAX_ACCUMULATED_TOTAL = new BigDecimal("1000000000000000");

    public BigDecimal accumulatedTotal() {
        return accumulatedTotal;
    }

    /**
     * Counts a purchase towards the accumulated total; the step is where the total stands on the category's
     * ladder. Called by the purchase handler, in the purchase's unit of work.
     *
     * @param terms the category's terms, or null when the client has no category (no steps then)
     */
    public void recordPurchase(String storeCode, String receiptId, Instant at, BigDecimal amount, int lineCount,
                               CategoryTerms terms) {
        BigDecimal after = accumulatedTotal.add(amount);
        if (after.compareTo(MAX_ACCUMULATED_TOTAL) > 0) {
            throw new DomainException(PurchaseError.ACCUMULATED_TOTAL_LIMIT, "Client " + clientId + "'s accumulated "
                    + "purchase total would pass " + MAX_ACCUMULATED_TOTAL.toPlainString() + ", the most it keeps",
                    Map.of("accumulatedTotal", accumulatedTotal.toPlainString()));
        }
        apply(new ClientPurchaseRecordedEvent(clientId, storeCode, receiptId, at, amount, lineCount, after,
                stepAt(terms, accumulatedTotal), stepAt(terms, after)));
    }

    /** Takes a refunded part of a purchase off the accumulated total (never below zero). */
    public void recordRefund(String storeCode, String receiptId, BigDecimal amount, CategoryTerms terms) {
        BigDecimal after = accumulatedTotal.subtract(amount).max(BigDecimal.ZERO);
        apply(new ClientPurchaseRefundedEvent(clientId, storeCode, receiptId, amount, after, stepAt(terms, after)));
    }

    private static int stepAt(CategoryTerms terms, BigDecimal total) {
        return terms == null ? 0 : terms.step(total);
    }

    @EventSourcingHandler
    void on(ClientPurchaseRecordedEvent event) {
        accumulatedTotal = event.accumulatedAfter();
    }

    @EventSourcingHandler
    void on(ClientPurchaseRefundedEvent event) {
        accumulatedTotal = event.accumulatedAfter();
    }

    @EventSourcingHandler
    void on(ClientRegisteredEvent event) {
        clientId = event.clientId();
        kind = event.kind();
        details = event.details();
        // null once the client's personal data is erased: its key is gone
        consents = event.consents() == null ? Consents.NONE : event.consents();
    }

    @EventSourcingHandler
    void on(ClientDetailsChangedEvent event) {
        details = details.with(event.after(), event.changedFields());
    }

    @EventSourcingHandler
    void on(ClientConsentsChangedEvent event) {
        consents = event.after() == null ? Consents.NONE : event.after();
    }

    @EventSourcingHandler
    void on(ClientPersonalDataErasedEvent event) {
        details = details.with(ClientDetails.EMPTY, PERSONAL_FIELDS).with(event.keptNames(), ClientField.NAMES);
        consents = Consents.NONE;
        personalDataErased = true;
        personalDataSinceErasure = false;
    }

    @EventSourcingHandler
    void on(ClientReRegisteredEvent event) {
        details = event.details();
        consents = event.consents() == null ? Consents.NONE : event.consents();
        personalDataErased = false;
    }

    @EventSourcingHandler
    void on(ClientBlockedEvent event) {
        blocked = true;
        personalDataSinceErasure = personalDataErased;
    }

    @EventSourcingHandler
    void on(ClientUnblockedEvent event) {
        blocked = false;
        personalDataSinceErasure |= personalDataErased && event.reason() != null;
    }

    @EventSourcingHandler
    void on(ClientDeletedEvent event) {
        deleted = true;
        personalDataSinceErasure |= personalDataErased && event.reason() != null;
    }

    @EventSourcingHandler
    void on(ClientRestoredEvent event) {
        deleted = false;
    }

    private void requireNotDeleted() {
        if (deleted) {
            throw new DomainException(ClientError.DELETED,
                    "Client " + clientId + " is deleted; restore it before changing it");
        }
    }

    private void requireNotErased() {
        if (personalDataErased) {
            throw new DomainException(ClientError.PERSONAL_DATA_ERASED, "The personal data of client " + clientId
                    + " is erased; re-register the client to give it a profile again");
        }
    }

    private static String requireReason(String reason) {
        if (reason == null || reason.isBlank()) {
            throw DomainException.invalidField("reason", "a reason is required");
        }
        if (reason.length() > ClientProfileRules.MAX_TEXT) {
            throw DomainException.invalidField("reason", "reason is longer than " + ClientProfileRules.MAX_TEXT);
        }
        return reason.strip();
    }
}
