package com.loyaltyledger.infra.card;

import com.loyaltyledger.api.card.CardError;
import com.loyaltyledger.api.card.CardGroupDetails;
import com.loyaltyledger.api.card.CardGroupField;
import com.loyaltyledger.api.card.CardGroupPage;
import com.loyaltyledger.api.card.CardType;
import com.loyaltyledger.api.card.ChangeCardGroupCommand;
import com.loyaltyledger.api.card.CreateCardGroupCommand;
import com.loyaltyledger.api.card.FindCardGroupsQuery;
import com.loyaltyledger.infra.web.LedgerGateway;
import com.loyaltyledger.infra.web.Paging;
import java.math.BigDecimal;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

@RestController
@RequestMapping("/api/v1/card-groups")
class CardGroupController {

    private final LedgerGateway ledger;
    private final CardRequestReader reader;

    CardGroupController(LedgerGateway ledger, CardRequestReader reader) {
        this.ledger = ledger;
        this.reader = reader;
    }

    /** {@code defaultMultiplier} is a JSON number; absent means 1. {@code pinRequiredToSpend} absent means true. */
    record CreateCardGroupRequest(String name, CardType cardType, BigDecimal defaultMultiplier,
                                  String bonusAccountTypeId, Boolean pinRequiredToSpend) {
    }

    record CreatedCardGroup(String cardGroupId) {
    }

    /** Answers with the new group's id; groups are read through the list, there is no single-group resource. */
    @PostMapping
    ResponseEntity<CreatedCardGroup> create(@RequestBody CreateCardGroupRequest body) {
        String id = UUID.randomUUID().toString();
        ledger.send(new CreateCardGroupCommand(id, new CardGroupDetails(body.name(), body.cardType(),
                body.defaultMultiplier(), body.bonusAccountTypeId(), body.pinRequiredToSpend())));
        return ResponseEntity.status(HttpStatus.CREATED).body(new CreatedCardGroup(id));
    }

    @GetMapping
    CardGroupPage list(@RequestParam(defaultValue = Paging.DEFAULT_PAGE) int page,
                       @RequestParam(defaultValue = Paging.DEFAULT_SIZE) int size) {
        return ledger.query(new FindCardGroupsQuery(Paging.of(page, size)), CardGroupPage.class);
    }

    @PatchMapping("/{id}")
    ResponseEntity<Void> change(@PathVariable String id, @RequestBody JsonNode body) {
        CardRequestReader.Patch<CardGroupField, CardGroupDetails> patch = reader.groupPatch(body);
        if (!patch.fields().isEmpty()) {
            ledger.send(new ChangeCardGroupCommand(id, patch.details(), patch.fields()),
                    CardError.CARD_GROUP_NOT_FOUND, "card group " + id);
        }
        return ResponseEntity.noContent().build();
    }
}
