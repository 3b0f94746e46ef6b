package com.loyaltyledger.infra.purchase;

import com.loyaltyledger.command.account.Account;
import com.loyaltyledger.command.account.AccountOpeningPolicy;
import com.loyaltyledger.command.account.AccountRegistry;
import com.loyaltyledger.command.account.AccountTypeRegistry;
import com.loyaltyledger.command.account.AssetCatalog;
import com.loyaltyledger.command.account.BusinessCalendar;
import com.loyaltyledger.command.card.CardRegistry;
import com.loyaltyledger.command.category.CategoryRegistry;
import com.loyaltyledger.command.client.Client;
import com.loyaltyledger.command.client.ClientRegistry;
import com.loyaltyledger.command.purchase.LoyaltyParties;
import com.loyaltyledger.command.purchase.PurchaseHandler;
import com.loyaltyledger.command.purchase.Receipt;
import com.loyaltyledger.command.purchase.RefundHandler;
import com.loyaltyledger.command.card.Card;
import com.loyaltyledger.command.card.CardPins;
import com.loyaltyledger.command.card.PinHasher;
import com.loyaltyledger.command.card.PinPolicy;
import java.time.Clock;
import java.time.Duration;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.axonframework.modelling.command.Repository;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Purchases at the till, and the accounts that open by themselves for cards and clients. */
@Configuration(proxyBeanMethods = false)
public class PurchaseConfiguration {

    @Bean
    LoyaltyParties loyaltyParties(Repository<Client> clientRepository, Repository<Account> accountRepository,
                                  ClientRegistry clients, CategoryRegistry categories, AccountTypeRegistry types,
                                  BusinessCalendar calendar, Clock clock) {
        return new LoyaltyParties(clientRepository, accountRepository, clients, categories, types, calendar, clock);
    }

    /** @param currency the asset receipts are in; bonus points are worth one unit of it */
    @Bean
    PurchaseHandler purchaseHandler(Repository<Receipt> receiptRepository, CardRegistry cards,
                                    LoyaltyParties parties, AssetCatalog assets,
                                    @Value("${ledger.purchases.currency:RUB}") String currency, CardPins pins) {
        return new PurchaseHandler(receiptRepository, cards, parties, assets.scaleOf(currency, "currency"), pins);
    }

    /** Wrong PINs in a row that lock spending with a card ({@code ledger.cards.pin-attempts}), and for how long. */
    @Bean
    CardPins cardPins(Repository<Card> cardRepository, PinHasher hasher, Clock clock,
                      @Value("${ledger.cards.pin-attempts}") int attempts,
                      @Value("${ledger.cards.pin-lock}") Duration lockFor) {
        return new CardPins(cardRepository, hasher, new PinPolicy(attempts, lockFor), clock);
    }

    @Bean
    RefundHandler refundHandler(Repository<Receipt> receiptRepository, LoyaltyParties parties, AssetCatalog assets,
                                @Value("${ledger.purchases.currency:RUB}") String currency) {
        return new RefundHandler(receiptRepository, parties, assets.scaleOf(currency, "currency"));
    }

    @Bean
    AccountOpeningPolicy accountOpeningPolicy(CardRegistry cards, CategoryRegistry categories,
                                              AccountRegistry accounts, CommandGateway commandGateway) {
        return new AccountOpeningPolicy(cards, categories, accounts, commandGateway);
    }

    /** An account that failed to open is retried, never skipped: the policy's position waits for it. */
    @Bean
    ConfigurerModule accountOpeningRetriesFailures() {
        return configurer -> configurer.eventProcessing().registerListenerInvocationErrorHandler(
                AccountOpeningPolicy.PROCESSING_GROUP, configuration -> PropagatingErrorHandler.instance());
    }
}
