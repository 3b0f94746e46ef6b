package com.loyaltyledger.infra.card;

import com.loyaltyledger.api.card.ClientCardPage;
import com.loyaltyledger.api.card.FindClientCardsQuery;
import com.loyaltyledger.api.client.ClientError;
import com.loyaltyledger.api.client.ClientView;
import com.loyaltyledger.api.client.FindClientQuery;
import com.loyaltyledger.infra.web.LedgerGateway;
import com.loyaltyledger.infra.web.Paging;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The card block of a client: its cards with status, group, validity and the multiplier that applies today. */
@RestController
class ClientCardsController {

    private final LedgerGateway ledger;

    ClientCardsController(LedgerGateway ledger) {
        this.ledger = ledger;
    }

    @GetMapping("/api/v1/clients/{id}/cards")
    ClientCardPage cards(@PathVariable String id,
                         @RequestParam(defaultValue = Paging.DEFAULT_PAGE) int page,
                         @RequestParam(defaultValue = Paging.DEFAULT_SIZE) int size) {
        ClientCardPage cards = ledger.query(new FindClientCardsQuery(id, Paging.of(page, size)), ClientCardPage.class);
        if (cards.totalItems() == 0) {
            // an unknown client is a 404, a client without cards an empty list
            ledger.find(new FindClientQuery(id), ClientView.class, ClientError.NOT_FOUND, "client " + id);
        }
        return cards;
    }
}
