package com.loyaltyledger.command.account;

import com.loyaltyledger.command.common.Jdbc;
import java.util.Optional;

/** Account numbers are unique across the ledger; the insert either takes the number or finds it taken. */
public class AccountRegistry implements AccountDirectory {

    private final Jdbc jdbc;

    public AccountRegistry(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public boolean claimNumber(String accountId, String number, String asset) {
        return jdbc.update("insert into cmd_account (account_id, number, asset) values (?, ?, ?) "
                + "on conflict do nothing", accountId, number, asset) == 1;
    }

    @Override
    public Optional<String> assetOf(String accountId) {
        return jdbc.queryOne("select asset from cmd_account where account_id = ?", row -> row.getString(1),
                accountId);
    }
}
