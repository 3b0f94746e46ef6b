package com.loyaltyledger.infra.account;

import com.loyaltyledger.api.account.AccountKind;
import com.loyaltyledger.api.account.AccountView;
import com.loyaltyledger.api.account.OwnerType;
import java.time.Instant;
import java.util.List;

/** An account as the API shows it, amounts as decimal strings. */
record AccountResponse(String id,
                       String number,
                       String name,
                       String accountTypeId,
                       String asset,
                       AccountKind kind,
                       OwnerType ownerType,
                       String ownerId,
                       String balance,
                       String held,
                       String available,
                       boolean blocked,
                       boolean closed,
                       List<Hold> holds,
                       Instant openedAt,
                       Instant updatedAt) {

    record Hold(String holdId, String amount, Instant expiresAt, String reason, Instant placedAt) {
    }

    static AccountResponse of(AccountView view, LedgerResponses money) {
        String asset = view.asset();
        return new AccountResponse(view.accountId(), view.number(), view.name(), view.accountTypeId(), asset,
                view.kind(), view.owner().type(), view.owner().id(), money.money(view.balance(), asset),
                money.money(view.held(), asset), money.money(view.available(), asset), view.blocked(),
                view.closed(), view.holds().stream().map(hold -> new Hold(hold.holdId(),
                        money.money(hold.amount(), asset), hold.expiresAt(), hold.reason(), hold.placedAt()))
                .toList(), view.openedAt(), view.updatedAt());
    }
}
