package com.loyaltyledger.infra.client;

import com.loyaltyledger.api.client.BlockClientCommand;
import com.loyaltyledger.api.client.ChangeClientConsentsCommand;
import com.loyaltyledger.api.client.ChangeClientDetailsCommand;
import com.loyaltyledger.api.client.ClientError;
import com.loyaltyledger.api.client.ClientPage;
import com.loyaltyledger.api.client.ClientRegistration;
import com.loyaltyledger.api.client.ClientSearchCriteria;
import com.loyaltyledger.api.client.ClientSort;
import com.loyaltyledger.api.client.ClientView;
import com.loyaltyledger.api.client.Consents;
import com.loyaltyledger.api.client.DeleteClientCommand;
import com.loyaltyledger.api.client.ErasePersonalDataCommand;
import com.loyaltyledger.api.client.FindClientAsOfQuery;
import com.loyaltyledger.api.client.FindClientQuery;
import com.loyaltyledger.api.client.FindClientsQuery;
import com.loyaltyledger.api.client.ReRegisterClientCommand;
import com.loyaltyledger.api.client.RegisterClientCommand;
import com.loyaltyledger.api.client.RestoreClientCommand;
import com.loyaltyledger.api.client.UnblockClientCommand;
import com.loyaltyledger.api.common.DomainException;
import com.loyaltyledger.api.history.EntityType;
import com.loyaltyledger.api.history.FindEntityHistoryQuery;
import com.loyaltyledger.api.history.HistoryPage;
import com.loyaltyledger.infra.web.LedgerGateway;
import com.loyaltyledger.infra.web.Paging;
import com.loyaltyledger.infra.web.RequestMetadata;
import com.loyaltyledger.infra.web.RequestParams;
import java.math.BigDecimal;
import java.net.URI;
import java.time.MonthDay;
import java.time.format.DateTimeParseException;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestAttribute;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

@RestController
@RequestMapping("/api/v1/clients")
class ClientController {

    private final LedgerGateway ledger;
    private final ClientRequestReader reader;
    private final PhoneNumbers phoneNumbers;
    ClientController(LedgerGateway ledger, ClientRequestReader reader, PhoneNumbers phoneNumbers) {
        this.ledger = ledger;
        this.reader = reader;
        this.phoneNumbers = phoneNumbers;
    }

    record ReasonRequest(String reason) {
    }

    @PostMapping
    ResponseEntity<ClientRegistration> register(@RequestBody JsonNode body,
                                                @RequestAttribute(RequestMetadata.ATTRIBUTE) RequestMetadata request) {
        ClientRequestReader.Registration registration = reader.registration(body, request.channel());
        String clientId = UUID.randomUUID().toString();
        Consents consents = registration.consents() == null ? Consents.NONE
                : registration.consents().applyTo(Consents.NONE);
        ClientRegistration registered = ledger.send(new RegisterClientCommand(clientId, registration.kind(),
                registration.source(), registration.details(), consents));
        return ResponseEntity.created(URI.create("/api/v1/clients/" + clientId)).body(registered);
    }

    @GetMapping
    ClientPage search(@RequestParam(required = false) String name,
                      @RequestParam(required = false) String phone,
                      @RequestParam(required = false) String birthdayFrom,
                      @RequestParam(required = false) String birthdayTo,
                      @RequestParam(required = false) String codeWord,
                      @RequestParam(required = false) String code,
                      @RequestParam(required = false) String tag,
                      @RequestParam(required = false) Boolean blocked,
                      @RequestParam(defaultValue = "false") boolean deleted,
                      @RequestParam(required = false) Boolean hasPhone,
                      @RequestParam(required = false) Boolean hasEmail,
                      @RequestParam(required = false) String parentId,
                      @RequestParam(defaultValue = "false") boolean includeSubtree,
                      @RequestParam(required = false) String categoryId,
                      @RequestParam(required = false) BigDecimal accumulatedFrom,
                      @RequestParam(required = false) BigDecimal accumulatedTo,
                      @RequestParam(required = false) String lastPurchaseFrom,
                      @RequestParam(required = false) String lastPurchaseTo,
                      @RequestParam(required = false) Long receiptsFrom,
                      @RequestParam(required = false) Long receiptsTo,
                      @RequestParam(defaultValue = "NAME") ClientSort sort,
                      @RequestParam(defaultValue = Paging.DEFAULT_PAGE) int page,
                      @RequestParam(defaultValue = Paging.DEFAULT_SIZE) int size) {
        PhoneNumbers.PhoneSearch phoneSearch = phone == null || phone.isBlank() ? null : phoneNumbers.search(phone);
        if (phoneSearch != null && phoneSearch.prefixes().isEmpty()) {
            throw DomainException.invalidField("phone", "phone must contain digits");
        }
        if ((birthdayFrom == null) != (birthdayTo == null)) {
            throw DomainException.invalidField(birthdayFrom == null ? "birthdayFrom" : "birthdayTo",
                    "birthdayFrom and birthdayTo go together");
        }
        ClientSearchCriteria criteria = new ClientSearchCriteria(RequestParams.text(name),
                phoneSearch == null ? null : phoneSearch.prefixes(),
                phoneSearch == null ? null : phoneSearch.suffix(),
                monthDay("birthdayFrom", birthdayFrom), monthDay("birthdayTo", birthdayTo),
                RequestParams.text(codeWord), RequestParams.text(code), RequestParams.text(tag), blocked, deleted,
                hasPhone, hasEmail, RequestParams.text(parentId), includeSubtree, RequestParams.text(categoryId),
                accumulatedFrom, accumulatedTo, RequestParams.instant("lastPurchaseFrom", lastPurchaseFrom),
                RequestParams.instant("lastPurchaseTo", lastPurchaseTo), receiptsFrom, receiptsTo, sort);
        return ledger.query(new FindClientsQuery(criteria, Paging.of(page, size)), ClientPage.class);
    }

    /** The client now, or with {@code asOf} as it was at that moment, rebuilt from the event store. */
    @GetMapping("/{id}")
    ClientResponse get(@PathVariable String id, @RequestParam(required = false) String asOf) {
        Object query = asOf == null ? new FindClientQuery(id) : new FindClientAsOfQuery(id, RequestParams.instant("asOf", asOf));
        return ClientResponse.of(ledger.find(query, ClientView.class, ClientError.NOT_FOUND,
                "client " + id + (asOf == null ? "" : " at " + asOf)));
    }

    @PatchMapping("/{id}")
    ResponseEntity<Void> change(@PathVariable String id, @RequestBody JsonNode body) {
        ClientRequestReader.Change change = reader.change(body);
        if (!change.fields().isEmpty()) {
            ledger.send(new ChangeClientDetailsCommand(id, change.details(), change.fields()), ClientError.NOT_FOUND,
                    "client " + id);
        }
        if (change.consents() != null) {
            ledger.send(new ChangeClientConsentsCommand(id, change.consents()), ClientError.NOT_FOUND,
                    "client " + id);
        }
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/{id}/block")
    ResponseEntity<Void> block(@PathVariable String id, @RequestBody ReasonRequest body) {
        ledger.send(new BlockClientCommand(id, body.reason()), ClientError.NOT_FOUND, "client " + id);
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/{id}/unblock")
    ResponseEntity<Void> unblock(@PathVariable String id, @RequestBody(required = false) ReasonRequest body) {
        ledger.send(new UnblockClientCommand(id, body == null ? null : body.reason()), ClientError.NOT_FOUND,
                "client " + id);
        return ResponseEntity.noContent().build();
    }

    @DeleteMapping("/{id}")
    ResponseEntity<Void> delete(@PathVariable String id, @RequestParam(required = false) String reason) {
        ledger.send(new DeleteClientCommand(id, reason), ClientError.NOT_FOUND, "client " + id);
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/{id}/restore")
    ResponseEntity<Void> restore(@PathVariable String id) {
        ledger.send(new RestoreClientCommand(id), ClientError.NOT_FOUND, "client " + id);
        return ResponseEntity.noContent().build();
    }

    /** The right to be forgotten; see {@link ErasePersonalDataCommand}. Cannot be undone. */
    @PostMapping("/{id}/erase-personal-data")
    ResponseEntity<Void> erasePersonalData(@PathVariable String id) {
        ledger.send(new ErasePersonalDataCommand(id), ClientError.NOT_FOUND, "client " + id);
        return ResponseEntity.noContent().build();
    }

    /**
     * A new profile for a client whose personal data was erased (as a registration, without kind and source). What
     * the client did before the erasure is not shown as theirs any more; accounts, balances and statistics stay.
     */
    @PostMapping("/{id}/re-register")
    ResponseEntity<Void> reRegister(@PathVariable String id, @RequestBody JsonNode body) {
        ClientRequestReader.Registration registration = reader.reRegistration(body);
        Consents consents = registration.consents() == null ? Consents.NONE
                : registration.consents().applyTo(Consents.NONE);
        ledger.send(new ReRegisterClientCommand(id, registration.details(), consents), ClientError.NOT_FOUND,
                "client " + id);
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/{id}/history")
    HistoryPage history(@PathVariable String id,
                        @RequestParam(defaultValue = Paging.DEFAULT_PAGE) int page,
                        @RequestParam(defaultValue = Paging.DEFAULT_SIZE) int size) {
        HistoryPage history = ledger.query(
                new FindEntityHistoryQuery(EntityType.CLIENT, id, Paging.of(page, size)), HistoryPage.class);
        if (history.totalItems() == 0) {
            // an unknown client is a 404, not an empty history
            ledger.find(new FindClientQuery(id), ClientView.class, ClientError.NOT_FOUND, "client " + id);
        }
        return history;
    }

    private static MonthDay monthDay(String field, String value) {
        if (value == null) {
            return null;
        }
        try {
            return MonthDay.parse("--" + value);
        } catch (DateTimeParseException e) {
            throw DomainException.invalidField(field, field + " must be a day of the year as MM-DD");
        }
    }
}
