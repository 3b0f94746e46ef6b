package com.loyaltyledger.command.account;

import com.loyaltyledger.api.account.AccountKind;
import com.loyaltyledger.api.account.AccountTypeChangedEvent;
import com.loyaltyledger.api.account.AccountTypeCreatedEvent;
import com.loyaltyledger.api.account.AccountTypeRules;
import com.loyaltyledger.command.client.ClientRegistry;
import com.loyaltyledger.command.common.ExpiringCache;
import com.loyaltyledger.command.common.Jdbc;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;

/**
 * The command side's table of account types, read by every posting for its type's current rules. Kept by a
 * subscribing processor, so it changes in the transaction of the type's events. Reads go through an
 * {@link ExpiringCache}.
 */
@ProcessingGroup(ClientRegistry.PROCESSING_GROUP)
public class AccountTypeRegistry implements AccountTypeDirectory {

    private final Jdbc jdbc;
    private final ExpiringCache<String, AccountTypeFacts> cache;

    public AccountTypeRegistry(Jdbc jdbc, Clock clock, Duration maxAge) {
        this.jdbc = jdbc;
        this.cache = new ExpiringCache<>(clock, maxAge);
    }

    @Override
    public Optional<AccountTypeFacts> find(String accountTypeId) {
        if (accountTypeId == null) {
            return Optional.empty();
        }
        return cache.get(accountTypeId, this::load);
    }

    private Optional<AccountTypeFacts> load(String accountTypeId) {
        return jdbc.queryOne("select account_type_id, asset, scale, kind, name, "
                        + "minimum_balance, daily_spend_limit, allow_below_minimum from cmd_account_type "
                        + "where account_type_id = ?",
                row -> new AccountTypeFacts(row.getString(1), row.getString(2), row.getInt(3),
                        AccountKind.valueOf(row.getString(4)), new AccountTypeRules(row.getString(5),
                        row.getLong(6), row.getObject(7, Long.class), row.getBoolean(8))),
                accountTypeId);
    }

    @EventHandler
    void on(AccountTypeCreatedEvent event) {
        AccountTypeRules rules = event.rules();
        jdbc.update("insert into cmd_account_type (account_type_id, asset, scale, kind, name, minimum_balance, "
                        + "daily_spend_limit, allow_below_minimum) values (?, ?, ?, ?, ?, ?, ?, ?)",
                event.accountTypeId(), event.asset(), event.scale(), event.kind().name(), rules.name(),
                rules.minimumBalance(), rules.dailySpendLimit(), rules.allowBelowMinimum());
    }

    @EventHandler
    void on(AccountTypeChangedEvent event) {
        AccountTypeRules rules = event.after();
        jdbc.update("update cmd_account_type set name = ?, minimum_balance = ?, daily_spend_limit = ?, "
                        + "allow_below_minimum = ? where account_type_id = ?",
                rules.name(), rules.minimumBalance(), rules.dailySpendLimit(), rules.allowBelowMinimum(),
                event.accountTypeId());
        cache.forget(event.accountTypeId());
    }
}
