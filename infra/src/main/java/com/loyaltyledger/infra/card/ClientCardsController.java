package com.loyaltyledger.infra.card;

import com.loyaltyledger.api.account.Amounts;
import com.loyaltyledger.api.card.CardStatus;
import com.loyaltyledger.api.card.CardType;
import com.loyaltyledger.api.card.ClientCard;
import com.loyaltyledger.api.card.ClientCardPage;
import com.loyaltyledger.api.card.FindClientCardsQuery;
import com.loyaltyledger.api.client.ClientError;
import com.loyaltyledger.api.client.ClientView;
import com.loyaltyledger.api.client.FindClientQuery;
import com.loyaltyledger.command.account.AssetCatalog;
import com.loyaltyledger.infra.web.LedgerGateway;
import com.loyaltyledger.infra.web.Paging;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The card block of a client — "balances from the bonus server": every card with status, group, validity, the
 * multiplier that applies today and its bonus balance, in one call.
 */
@RestController
class ClientCardsController {

    private final LedgerGateway ledger;
    private final AssetCatalog assets;

    ClientCardsController(LedgerGateway ledger, AssetCatalog assets) {
        this.ledger = ledger;
        this.assets = assets;
    }

    /** A card with its balances as decimal strings in the bonus asset's scale; null when no account is open. */
    record CardWithBalance(String cardId, String number, CardStatus status, String groupId, String groupName,
                           CardType cardType, LocalDate validFrom, LocalDate validTo, BigDecimal currentMultiplier,
                           String bonusAccountId, String bonusAsset, String bonusBalance, String bonusAvailable) {
    }

    record ClientCards(String clientId, List<CardWithBalance> items, int page, int size, long totalItems) {
    }

    @GetMapping("/api/v1/clients/{id}/cards")
    ClientCards cards(@PathVariable String id,
                      @RequestParam(defaultValue = Paging.DEFAULT_PAGE) int page,
                      @RequestParam(defaultValue = Paging.DEFAULT_SIZE) int size) {
        ClientCardPage cards = ledger.query(new FindClientCardsQuery(id, Paging.of(page, size)), ClientCardPage.class);
        if (cards.totalItems() == 0) {
            // an unknown client is a 404, a client without cards an empty list
            ledger.find(new FindClientQuery(id), ClientView.class, ClientError.NOT_FOUND, "client " + id);
        }
        return new ClientCards(id, cards.items().stream().map(this::withBalance).toList(), cards.page(),
                cards.size(), cards.totalItems());
    }

    private CardWithBalance withBalance(ClientCard card) {
        return new CardWithBalance(card.cardId(), card.number(), card.status(), card.groupId(), card.groupName(),
                card.cardType(), card.validFrom(), card.validTo(), card.currentMultiplier(), card.bonusAccountId(),
                card.bonusAsset(), money(card.bonusBalance(), card.bonusAsset()),
                money(card.bonusAvailable(), card.bonusAsset()));
    }

    private String money(Long minor, String asset) {
        return minor == null ? null : Amounts.format(minor, assets.scaleOf(asset, "asset"));
    }
}
