package com.loyaltyledger.query.client;

import com.loyaltyledger.api.client.ClientBlockedEvent;
import com.loyaltyledger.api.client.ClientConsentsChangedEvent;
import com.loyaltyledger.api.client.ClientDeletedEvent;
import com.loyaltyledger.api.client.ClientDetails;
import com.loyaltyledger.api.client.ClientDetailsChangedEvent;
import com.loyaltyledger.api.client.ClientField;
import com.loyaltyledger.api.client.ClientPersonalDataErasedEvent;
import com.loyaltyledger.api.client.ClientPurchaseRecordedEvent;
import com.loyaltyledger.api.client.ClientPurchaseRefundedEvent;
import com.loyaltyledger.api.client.ClientReRegisteredEvent;
import com.loyaltyledger.api.client.ClientRegisteredEvent;
import com.loyaltyledger.api.client.ClientRestoredEvent;
import com.loyaltyledger.api.client.ClientUnblockedEvent;
import com.loyaltyledger.api.client.Consents;
import com.loyaltyledger.api.history.EntityType;
import com.loyaltyledger.api.history.FieldChange;
import com.loyaltyledger.query.history.HistoryProcessing;
import com.loyaltyledger.query.history.HistoryWriter;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Stream;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.TrackingToken;
import org.springframework.stereotype.Component;

/** Writes each client event into the history as the fields it changed, old to new. */
@Component
@ProcessingGroup(HistoryProcessing.GROUP)
class ClientHistoryProjection {

    /** What history shows in place of a personal value once the client's personal data is erased. */
    static final String ERASED = "erased";
    private static final List<String> CONSENT_FIELDS = List.of("mailingConsent", "smsConsent",
            "advertisingConsent", "receiptByEmail", "emailConfirmed", "channels");
    private static final List<String> PERSONAL_HISTORY_FIELDS = Stream.of(
            Arrays.stream(ClientField.values()).filter(ClientField::personal).map(ClientField::apiName),
            CONSENT_FIELDS.stream(), Stream.of("blockReason", "reason")).flatMap(fields -> fields).toList();
    private static final List<String> NAME_FIELDS = ClientField.NAMES.stream().map(ClientField::apiName).toList();
    /** What the histories of the client's accounts and cards hold about it: names and reasons. */
    private static final List<String> OWNED_HISTORY_FIELDS = List.of("name", "reason", "statusReason");

    private final HistoryWriter history;

    ClientHistoryProjection(HistoryWriter history) {
        this.history = history;
    }

    /**
     * Before the history group replays, the whole history is emptied, once for every entity type; the other
     * projections of the group need no reset handler of their own.
     */
    @ResetHandler
    void reset() {
        history.clear();
    }

    @EventHandler
    void on(ClientRegisteredEvent event, EventMessage<?> message, TrackingToken token) {
        List<FieldChange> changes = new ArrayList<>();
        changes.add(new FieldChange("kind", null, event.kind().name()));
        changes.add(new FieldChange("source", null, event.source().name()));
        changes.add(new FieldChange("code", null, event.code()));
        changes.addAll(profileChanges(event.details(), event.consents()));
        history.record(message, token, EntityType.CLIENT, event.clientId(), "Client registered", changes);
    }

    /** A whole profile as changes from nothing; consents read after an erasure are null and leave none. */
    private static List<FieldChange> profileChanges(ClientDetails details, Consents consents) {
        List<FieldChange> changes = new ArrayList<>();
        for (ClientField field : ClientField.values()) {
            String value = field.display(details);
            if (value != null && !value.equals(field.display(ClientDetails.EMPTY))) {
                changes.add(new FieldChange(field.apiName(), null, value));
            }
        }
        if (consents != null) {
            changes.addAll(consentChanges(Consents.NONE, consents));
        }
        return changes;
    }

    @EventHandler
    void on(ClientDetailsChangedEvent event, EventMessage<?> message, TrackingToken token) {
        List<FieldChange> changes = event.changedFields().stream()
                .map(field -> new FieldChange(field.apiName(), field.display(event.before()),
                        field.display(event.after())))
                .toList();
        history.record(message, token, EntityType.CLIENT, event.clientId(), "Details changed", changes);
    }

    /** Consents read after erasure are null: the entry stays, without values. */
    @EventHandler
    void on(ClientConsentsChangedEvent event, EventMessage<?> message, TrackingToken token) {
        history.record(message, token, EntityType.CLIENT, event.clientId(), "Consents changed",
                event.before() == null || event.after() == null ? List.of()
                        : consentChanges(event.before(), event.after()));
    }

    @EventHandler
    void on(ClientPurchaseRecordedEvent event, EventMessage<?> message, TrackingToken token) {
        history.record(message, token, EntityType.CLIENT, event.clientId(), "Purchase " + event.receiptId()
                + " in store " + event.storeCode(), stepChanges(event.accumulatedAfter().subtract(event.amount()),
                event.accumulatedAfter(), event.stepBefore(), event.stepAfter()));
    }

    @EventHandler
    void on(ClientPurchaseRefundedEvent event, EventMessage<?> message, TrackingToken token) {
        history.record(message, token, EntityType.CLIENT, event.clientId(), "Refund of purchase "
                + event.receiptId() + " in store " + event.storeCode(),
                List.of(new FieldChange("accumulatedTotal", null, event.accumulatedAfter().toPlainString())));
    }

    private static List<FieldChange> stepChanges(BigDecimal before, BigDecimal after, int stepBefore,
                                                 int stepAfter) {
        List<FieldChange> changes = new ArrayList<>();
        changes.add(new FieldChange("accumulatedTotal", before.toPlainString(), after.toPlainString()));
        if (stepBefore != stepAfter) {
            changes.add(new FieldChange("step", String.valueOf(stepBefore), String.valueOf(stepAfter)));
        }
        return changes;
    }

    @EventHandler
    void on(ClientPersonalDataErasedEvent event, EventMessage<?> message, TrackingToken token) {
        List<String> fields = event.keptLastName() == null && event.keptFirstName() == null
                ? PERSONAL_HISTORY_FIELDS
                : PERSONAL_HISTORY_FIELDS.stream().filter(field -> !NAME_FIELDS.contains(field)).toList();
        history.scrub(EntityType.CLIENT, event.clientId(), fields, ERASED);
        history.scrubOwnedBy(event.clientId(), OWNED_HISTORY_FIELDS, ERASED);
        history.record(message, token, EntityType.CLIENT, event.clientId(), "Personal data erased", List.of());
    }

    @EventHandler
    void on(ClientReRegisteredEvent event, EventMessage<?> message, TrackingToken token) {
        history.record(message, token, EntityType.CLIENT, event.clientId(), "Registered again after erasure",
                profileChanges(event.details(), event.consents()));
    }

    @EventHandler
    void on(ClientBlockedEvent event, EventMessage<?> message, TrackingToken token) {
        // reasons are personal data of the client: in fields that erasure empties, never in the summary
        history.record(message, token, EntityType.CLIENT, event.clientId(), "Blocked",
                List.of(new FieldChange("blocked", "false", "true"),
                        new FieldChange("blockReason", null, event.reason())));
    }

    @EventHandler
    void on(ClientUnblockedEvent event, EventMessage<?> message, TrackingToken token) {
        history.record(message, token, EntityType.CLIENT, event.clientId(), "Unblocked",
                withReason(new FieldChange("blocked", "true", "false"), event.reason()));
    }

    @EventHandler
    void on(ClientDeletedEvent event, EventMessage<?> message, TrackingToken token) {
        history.record(message, token, EntityType.CLIENT, event.clientId(), "Deleted",
                withReason(new FieldChange("deleted", "false", "true"), event.reason()));
    }

    private static List<FieldChange> withReason(FieldChange change, String reason) {
        return reason == null ? List.of(change) : List.of(change, new FieldChange("reason", null, reason));
    }

    @EventHandler
    void on(ClientRestoredEvent event, EventMessage<?> message, TrackingToken token) {
        history.record(message, token, EntityType.CLIENT, event.clientId(), "Restored",
                List.of(new FieldChange("deleted", "true", "false")));
    }

    private static List<FieldChange> consentChanges(Consents before, Consents after) {
        List<FieldChange> changes = new ArrayList<>();
        compare(changes, CONSENT_FIELDS.get(0), before, after, Consents::mailing);
        compare(changes, CONSENT_FIELDS.get(1), before, after, Consents::sms);
        compare(changes, CONSENT_FIELDS.get(2), before, after, Consents::advertising);
        compare(changes, CONSENT_FIELDS.get(3), before, after, Consents::receiptByEmail);
        compare(changes, CONSENT_FIELDS.get(4), before, after, Consents::emailConfirmed);
        compare(changes, CONSENT_FIELDS.get(5), before, after, consents -> consents.channels().isEmpty() ? null
                : String.join(", ", consents.channels().stream().map(Enum::name).toList()));
        return changes;
    }

    private static void compare(List<FieldChange> changes, String field, Consents before, Consents after,
                                Function<Consents, Object> value) {
        Object old = value.apply(before);
        Object now = value.apply(after);
        if (!Objects.equals(old, now)) {
            changes.add(new FieldChange(field, old == null ? null : old.toString(),
                    now == null ? null : now.toString()));
        }
    }
}
