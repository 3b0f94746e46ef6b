package com.loyaltyledger.query.account;

import com.loyaltyledger.api.account.AccountKind;
import com.loyaltyledger.api.account.AccountOwner;
import com.loyaltyledger.api.account.AccountPage;
import com.loyaltyledger.api.account.AccountSearchCriteria;
import com.loyaltyledger.api.account.AccountTypeList;
import com.loyaltyledger.api.account.AccountTypeView;
import com.loyaltyledger.api.account.AccountView;
import com.loyaltyledger.api.account.FindAccountQuery;
import com.loyaltyledger.api.account.FindAccountTypeQuery;
import com.loyaltyledger.api.account.FindAccountTypesQuery;
import com.loyaltyledger.api.account.FindAccountsQuery;
import com.loyaltyledger.api.account.FindTransferQuery;
import com.loyaltyledger.api.account.HoldView;
import com.loyaltyledger.api.account.OwnerType;
import com.loyaltyledger.api.account.TransferState;
import com.loyaltyledger.api.account.TransferView;
import com.loyaltyledger.query.common.Rows;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

@Component
class AccountQueries {

    private static final String ACCOUNT_COLUMNS = "account_id, number, name, account_type_id, asset, kind, "
            + "owner_type, owner_id, balance, held, available, blocked, closed, opened_at, updated_at";

    private final NamedParameterJdbcTemplate jdbc;

    AccountQueries(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @QueryHandler
    @Transactional(readOnly = true)
    public AccountTypeList handle(FindAccountTypesQuery query) {
        return new AccountTypeList(jdbc.query("select * from account_type_view order by name, account_type_id",
                (row, n) -> accountType(row)));
    }

    @QueryHandler
    @Transactional(readOnly = true)
    public Optional<AccountTypeView> handle(FindAccountTypeQuery query) {
        return jdbc.query("select * from account_type_view where account_type_id = :id",
                Map.of("id", query.accountTypeId()), (row, n) -> accountType(row)).stream().findFirst();
    }

    @QueryHandler
    @Transactional(readOnly = true)
    public Optional<AccountView> handle(FindAccountQuery query) {
        return withHolds(jdbc.query("select " + ACCOUNT_COLUMNS + " from account_view where account_id = :id",
                Map.of("id", query.accountId()), (row, n) -> account(row))).stream().findFirst();
    }

    @QueryHandler
    @Transactional(readOnly = true)
    public AccountPage handle(FindAccountsQuery query) {
        AccountSearchCriteria criteria = query.criteria();
        StringBuilder where = new StringBuilder(" where 1 = 1");
        MapSqlParameterSource parameters = new MapSqlParameterSource();
        if (criteria.ownerType() != null) {
            where.append(" and owner_type = :ownerType");
            parameters.addValue("ownerType", criteria.ownerType().name());
        }
        condition(where, parameters, "owner_id", "ownerId", criteria.ownerId());
        condition(where, parameters, "account_type_id", "typeId", criteria.accountTypeId());
        condition(where, parameters, "number", "number", criteria.number());
        condition(where, parameters, "asset", "asset", criteria.asset());
        Long total = jdbc.queryForObject("select count(*) from account_view" + where, parameters, Long.class);
        parameters.addValue("limit", query.page().size()).addValue("offset", query.page().offset());
        List<AccountView> accounts = withHolds(jdbc.query("select " + ACCOUNT_COLUMNS + " from account_view" + where
                + " order by number, account_id limit :limit offset :offset", parameters,
                (row, n) -> account(row)));
        return new AccountPage(accounts, query.page().page(), query.page().size(), total == null ? 0 : total);
    }

    @QueryHandler
    @Transactional(readOnly = true)
    public Optional<TransferView> handle(FindTransferQuery query) {
        return jdbc.query("select * from transfer_view where transfer_id = :id", Map.of("id", query.transferId()),
                (row, n) -> new TransferView(row.getString("transfer_id"), row.getString("source_account_id"),
                        row.getString("target_account_id"), row.getLong("amount"), row.getString("asset"),
                        TransferState.valueOf(row.getString("state")), row.getString("failure_code"),
                        Rows.instant(row, "started_at"), Rows.instant(row, "finished_at")))
                .stream().findFirst();
    }

    private static void condition(StringBuilder where, MapSqlParameterSource parameters, String column,
                                  String name, String value) {
        if (value != null) {
            where.append(" and ").append(column).append(" = :").append(name);
            parameters.addValue(name, value);
        }
    }

    private List<AccountView> withHolds(List<AccountView> accounts) {
        if (accounts.isEmpty()) {
            return accounts;
        }
        Map<String, List<HoldView>> holds = new HashMap<>();
        jdbc.query("select * from account_hold_view where account_id in (:ids) order by placed_at, hold_id",
                Map.of("ids", accounts.stream().map(AccountView::accountId).toList()),
                row -> {
                    holds.computeIfAbsent(row.getString("account_id"), id -> new ArrayList<>()).add(new HoldView(
                            row.getString("hold_id"), row.getLong("amount"), Rows.instant(row, "expires_at"),
                            row.getString("reason"), Rows.instant(row, "placed_at")));
                });
        return accounts.stream().map(account -> new AccountView(account.accountId(), account.number(),
                account.name(), account.accountTypeId(), account.asset(), account.kind(), account.owner(),
                account.balance(), account.held(), account.available(), account.blocked(), account.closed(),
                Collections.unmodifiableList(holds.getOrDefault(account.accountId(), List.of())),
                account.openedAt(), account.updatedAt())).toList();
    }

    private static AccountView account(ResultSet row) throws SQLException {
        OwnerType ownerType = OwnerType.valueOf(row.getString("owner_type"));
        return new AccountView(row.getString("account_id"), row.getString("number"), row.getString("name"),
                row.getString("account_type_id"), row.getString("asset"), AccountKind.valueOf(row.getString("kind")),
                ownerType == OwnerType.NONE ? AccountOwner.NONE : new AccountOwner(ownerType,
                        row.getString("owner_id")),
                row.getLong("balance"), row.getLong("held"), row.getLong("available"), row.getBoolean("blocked"),
                row.getBoolean("closed"), List.of(), Rows.instant(row, "opened_at"), Rows.instant(row, "updated_at"));
    }

    private static AccountTypeView accountType(ResultSet row) throws SQLException {
        return new AccountTypeView(row.getString("account_type_id"), row.getString("name"), row.getString("asset"),
                AccountKind.valueOf(row.getString("kind")), row.getLong("minimum_balance"),
                Rows.nullableLong(row, "daily_spend_limit"), row.getBoolean("allow_below_minimum"),
                Rows.instant(row, "created_at"));
    }
}
