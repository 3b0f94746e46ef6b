package com.loyaltyledger.infra.card;

import com.loyaltyledger.api.card.CardDetails;
import com.loyaltyledger.api.card.CardError;
import com.loyaltyledger.api.card.CardNumbers;
import com.loyaltyledger.api.card.CardPage;
import com.loyaltyledger.api.card.CardSearchCriteria;
import com.loyaltyledger.api.card.CardStatus;
import com.loyaltyledger.api.card.CardView;
import com.loyaltyledger.api.card.ChangeCardDetailsCommand;
import com.loyaltyledger.api.card.ChangeCardPinCommand;
import com.loyaltyledger.api.card.ChangeCardStatusCommand;
import com.loyaltyledger.api.card.FindCardByNumberQuery;
import com.loyaltyledger.api.card.FindCardAsOfQuery;
import com.loyaltyledger.api.card.FindCardQuery;
import com.loyaltyledger.api.card.FindCardsQuery;
import com.loyaltyledger.api.card.IssueCardCommand;
import com.loyaltyledger.api.card.IssuedCard;
import com.loyaltyledger.api.card.LinkCardCommand;
import com.loyaltyledger.api.card.Pin;
import com.loyaltyledger.api.card.UnlinkCardCommand;
import com.loyaltyledger.api.history.EntityType;
import com.loyaltyledger.api.history.FindEntityHistoryQuery;
import com.loyaltyledger.api.history.HistoryPage;
import com.loyaltyledger.infra.web.LedgerGateway;
import com.loyaltyledger.infra.web.RequestParams;
import com.loyaltyledger.infra.web.Paging;
import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.util.UUID;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/cards")
class CardController {

    private final LedgerGateway ledger;
    private final CardRequestReader reader;

    CardController(LedgerGateway ledger, CardRequestReader reader) {
        this.ledger = ledger;
        this.reader = reader;
    }

    /** {@code multiplier} is a JSON number; dates are {@code YYYY-MM-DD}. */
    record IssueCardRequest(String number, String groupId, LocalDate validFrom, LocalDate validTo,
                            String homeStoreCode, BigDecimal multiplier, LocalDate multiplierFrom,
                            LocalDate multiplierTo, String pin, String ownerId) {

        /** Spring MVC logs request bodies at debug level; a PIN must not be in them. */
        @Override
        public String toString() {
            return "IssueCardRequest[number=" + number + ", groupId=" + groupId + ", ownerId=" + ownerId + "]";
        }
    }

    record StatusRequest(CardStatus status, String reason) {
    }

    record LinkRequest(String clientId, Boolean confirmRelink) {
    }

    @PostMapping
    ResponseEntity<IssuedCard> issue(@RequestBody IssueCardRequest body) {
        String cardId = UUID.randomUUID().toString();
        CardDetails details = new CardDetails(body.groupId(), body.validFrom(), body.validTo(), body.homeStoreCode(),
                body.multiplier(), body.multiplierFrom(), body.multiplierTo());
        IssuedCard issued = ledger.send(new IssueCardCommand(cardId, body.number(), details,
                body.pin() == null ? null : new Pin(body.pin()), body.ownerId()));
        return ResponseEntity.created(URI.create("/api/v1/cards/" + cardId)).body(issued);
    }

    @GetMapping
    CardPage search(@RequestParam(required = false) String numberPrefix,
                    @RequestParam(required = false) String ownerId,
                    @RequestParam(required = false) CardStatus status,
                    @RequestParam(required = false) String groupId,
                    @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate validOn,
                    @RequestParam(defaultValue = Paging.DEFAULT_PAGE) int page,
                    @RequestParam(defaultValue = Paging.DEFAULT_SIZE) int size) {
        String prefix = numberPrefix == null || numberPrefix.isBlank() ? null
                : CardNumbers.normalize("numberPrefix", numberPrefix);
        CardSearchCriteria criteria = new CardSearchCriteria(prefix, blankToNull(ownerId), status,
                blankToNull(groupId), validOn);
        return ledger.query(new FindCardsQuery(criteria, Paging.of(page, size)), CardPage.class);
    }

    /** The card now, or with {@code asOf} as it was at that moment, rebuilt from the event store. */
    @GetMapping("/{id}")
    CardView get(@PathVariable String id, @RequestParam(required = false) String asOf) {
        Object query = asOf == null ? new FindCardQuery(id) : new FindCardAsOfQuery(id,
                RequestParams.instant("asOf", asOf));
        return ledger.find(query, CardView.class, CardError.NOT_FOUND,
                "card " + id + (asOf == null ? "" : " at " + asOf));
    }

    @GetMapping("/by-number/{number}")
    CardView byNumber(@PathVariable String number) {
        String stored = CardNumbers.normalize("number", number);
        return ledger.find(new FindCardByNumberQuery(stored), CardView.class, CardError.NOT_FOUND,
                "card number " + stored);
    }

    /**
     * A merge patch of the card's details and PIN ({@code "pin": null} removes it). The PIN's format is checked
     * while reading, before anything is sent, so a bad PIN never leaves the details half changed.
     */
    @PatchMapping("/{id}")
    ResponseEntity<Void> change(@PathVariable String id, @RequestBody HiddenJsonBody body) {
        CardRequestReader.CardPatch patch = reader.cardPatch(body.json());
        if (!patch.details().fields().isEmpty()) {
            ledger.send(new ChangeCardDetailsCommand(id, patch.details().details(), patch.details().fields()),
                    CardError.NOT_FOUND, "card " + id);
        }
        if (patch.pinChanged()) {
            ledger.send(new ChangeCardPinCommand(id, patch.pin()), CardError.NOT_FOUND, "card " + id);
        }
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/{id}/status")
    ResponseEntity<Void> status(@PathVariable String id, @RequestBody StatusRequest body) {
        ledger.send(new ChangeCardStatusCommand(id, body.status(), body.reason()), CardError.NOT_FOUND, "card " + id);
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/{id}/link")
    ResponseEntity<Void> link(@PathVariable String id, @RequestBody LinkRequest body) {
        ledger.send(new LinkCardCommand(id, body.clientId(), Boolean.TRUE.equals(body.confirmRelink())),
                CardError.NOT_FOUND, "card " + id);
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/{id}/unlink")
    ResponseEntity<Void> unlink(@PathVariable String id) {
        ledger.send(new UnlinkCardCommand(id, null), CardError.NOT_FOUND, "card " + id);
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/{id}/history")
    HistoryPage history(@PathVariable String id,
                        @RequestParam(defaultValue = Paging.DEFAULT_PAGE) int page,
                        @RequestParam(defaultValue = Paging.DEFAULT_SIZE) int size) {
        HistoryPage history = ledger.query(new FindEntityHistoryQuery(EntityType.CARD, id, Paging.of(page, size)),
                HistoryPage.class);
        if (history.totalItems() == 0) {
            // an unknown card is a 404, not an empty history
            get(id, null);
        }
        return history;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
