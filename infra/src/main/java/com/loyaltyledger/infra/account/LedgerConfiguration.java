package com.loyaltyledger.infra.account;

import com.loyaltyledger.command.account.Account;
import com.loyaltyledger.command.account.AccountOpeningHandler;
import com.loyaltyledger.command.account.AccountRegistry;
import com.loyaltyledger.command.account.AccountTypeRegistry;
import com.loyaltyledger.command.account.AssetCatalog;
import com.loyaltyledger.command.account.BusinessCalendar;
import com.loyaltyledger.command.account.HoldHandler;
import com.loyaltyledger.command.account.JdbcLedgerTransactions;
import com.loyaltyledger.command.account.LedgerAccess;
import com.loyaltyledger.command.account.PostingHandler;
import com.loyaltyledger.command.account.TransferHandler;
import com.loyaltyledger.command.card.CardRegistry;
import com.loyaltyledger.command.client.ClientRegistry;
import com.loyaltyledger.command.common.Jdbc;
import java.time.Clock;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.axonframework.eventsourcing.EventCountSnapshotTriggerDefinition;
import org.axonframework.eventsourcing.SnapshotTriggerDefinition;
import org.axonframework.eventsourcing.Snapshotter;
import org.axonframework.modelling.command.Repository;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The ledger's command-side classes (plain Java) as beans. Kept apart from {@code CommandSideConfiguration} so
 * that each feature's wiring stays small.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(LedgerProperties.class)
public class LedgerConfiguration {

    @Bean
    AssetCatalog assetCatalog(LedgerProperties properties) {
        Map<String, Integer> scales = properties.assets().entrySet().stream().collect(Collectors.toMap(
                entry -> entry.getKey().toUpperCase(Locale.ROOT), entry -> entry.getValue().scale()));
        return new AssetCatalog(scales);
    }

    @Bean
    BusinessCalendar businessCalendar(LedgerProperties properties) {
        return new BusinessCalendar(properties.businessDay().zone());
    }

    @Bean
    AccountTypeRegistry accountTypeRegistry(Jdbc jdbc, Clock clock, LedgerProperties properties) {
        return new AccountTypeRegistry(jdbc, clock, properties.accountTypes().cacheMaxAge());
    }

    @Bean
    AccountRegistry accountRegistry(Jdbc jdbc) {
        return new AccountRegistry(jdbc);
    }

    @Bean
    JdbcLedgerTransactions ledgerTransactions(Jdbc jdbc, Clock clock) {
        return new JdbcLedgerTransactions(jdbc, clock);
    }

    @Bean
    LedgerAccess ledgerAccess(Repository<Account> accountRepository, JdbcLedgerTransactions transactions,
                              AccountTypeRegistry types, BusinessCalendar calendar, Clock clock) {
        return new LedgerAccess(accountRepository, transactions, types, calendar, clock);
    }

    @Bean
    AccountOpeningHandler accountOpeningHandler(Repository<Account> accountRepository, AccountRegistry accounts,
                                                AccountTypeRegistry types, ClientRegistry clients, CardRegistry cards) {
        return new AccountOpeningHandler(accountRepository, accounts, types, clients, cards);
    }

    @Bean
    PostingHandler postingHandler(LedgerAccess ledger) {
        return new PostingHandler(ledger);
    }

    @Bean
    HoldHandler holdHandler(LedgerAccess ledger) {
        return new HoldHandler(ledger);
    }

    @Bean
    TransferHandler transferHandler(LedgerAccess ledger, AccountRegistry accounts) {
        return new TransferHandler(ledger, accounts);
    }

    /**
     * Snapshots every so many events: a hot account that falls out of the aggregate cache (or a restart) then
     * loads a snapshot and the few events after it, not its whole history.
     */
    @Bean
    SnapshotTriggerDefinition accountSnapshotTrigger(Snapshotter snapshotter, LedgerProperties properties) {
        return new EventCountSnapshotTriggerDefinition(snapshotter, properties.snapshots().accountEventThreshold());
    }

    /**
     * A command-side table that failed to follow an event must fail the command: by default a subscribing
     * handler's error is only logged, which would leave the table behind the event store.
     */
    @Bean
    ConfigurerModule commandRegistryFailsTheCommand() {
        return configurer -> configurer.eventProcessing().registerListenerInvocationErrorHandler(
                ClientRegistry.PROCESSING_GROUP, configuration -> PropagatingErrorHandler.instance());
    }
}
