package com.loyaltyledger.command.account;

import static com.loyaltyledger.command.testing.DomainExceptionMatchers.invalidField;
import static com.loyaltyledger.command.testing.DomainExceptionMatchers.refusedWith;

import com.loyaltyledger.api.account.AccountBlockedEvent;
import com.loyaltyledger.api.account.AccountClosedEvent;
import com.loyaltyledger.api.account.AccountKind;
import com.loyaltyledger.api.account.AccountOpenedEvent;
import com.loyaltyledger.api.account.AccountOwner;
import com.loyaltyledger.api.account.AccountUnblockedEvent;
import com.loyaltyledger.api.account.BlockAccountCommand;
import com.loyaltyledger.api.account.CloseAccountCommand;
import com.loyaltyledger.api.account.Direction;
import com.loyaltyledger.api.account.HoldPlacedEvent;
import com.loyaltyledger.api.account.LedgerError;
import com.loyaltyledger.api.account.OpenAccountCommand;
import com.loyaltyledger.api.account.OwnerType;
import com.loyaltyledger.api.account.PostingKind;
import com.loyaltyledger.api.account.UnblockAccountCommand;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class AccountLifecycleTest extends LedgerFixture {

    private static OpenAccountCommand open(String number, String typeId, AccountOwner owner) {
        return new OpenAccountCommand(ACCOUNT, number, "Ivan's points", typeId, owner);
    }

    @Test
    void opensWithTheAssetScaleAndKindOfItsType() {
        AccountOwner owner = new AccountOwner(OwnerType.CLIENT, "client-1");
        fixture.givenNoPriorActivity()
                .when(open(" 7001 ", BONUS_TYPE, owner))
                .expectEvents(new AccountOpenedEvent(ACCOUNT, "7001", "Ivan's points", BONUS_TYPE, "BONUS", 2,
                        AccountKind.BONUS, owner))
                .expectResultMessagePayload(ACCOUNT);
    }

    @Test
    void numberMustBeUnique() {
        accounts.add("someone-else", "7001", "BONUS");
        fixture.givenNoPriorActivity()
                .when(open("7001", BONUS_TYPE, AccountOwner.NONE))
                .expectNoEvents()
                .expectException(refusedWith(LedgerError.NUMBER_TAKEN));
    }

    @Test
    void numberIsRequired() {
        fixture.givenNoPriorActivity()
                .when(open(" ", BONUS_TYPE, AccountOwner.NONE))
                .expectException(invalidField("number"));
    }

    @Test
    void typeMustExist() {
        fixture.givenNoPriorActivity()
                .when(open("7001", "no-such-type", AccountOwner.NONE))
                .expectException(refusedWith(LedgerError.TYPE_NOT_FOUND));
    }

    @Test
    void clientOwnerMustExist() {
        fixture.givenNoPriorActivity()
                .when(open("7001", BONUS_TYPE, new AccountOwner(OwnerType.CLIENT, "client-9")))
                .expectException(refusedWith(LedgerError.OWNER_NOT_FOUND));
    }

    @Test
    void ownerTypeNeedsAnOwnerId() {
        fixture.givenNoPriorActivity()
                .when(open("7001", BONUS_TYPE, new AccountOwner(OwnerType.CARD, null)))
                .expectException(invalidField("ownerId"));
    }

    @Test
    void blocksWithAReason() {
        fixture.given(opened())
                .when(new BlockAccountCommand(ACCOUNT, "fraud"))
                .expectEvents(new AccountBlockedEvent(ACCOUNT, "fraud"));
    }

    @Test
    void blockingNeedsAReason() {
        fixture.given(opened())
                .when(new BlockAccountCommand(ACCOUNT, null))
                .expectException(invalidField("reason"));
    }

    @Test
    void cannotBlockTwice() {
        fixture.given(opened(), new AccountBlockedEvent(ACCOUNT, "fraud"))
                .when(new BlockAccountCommand(ACCOUNT, "again"))
                .expectException(refusedWith(LedgerError.ALREADY_BLOCKED));
    }

    @Test
    void unblocksABlockedAccount() {
        fixture.given(opened(), new AccountBlockedEvent(ACCOUNT, "fraud"))
                .when(new UnblockAccountCommand(ACCOUNT, null))
                .expectEvents(new AccountUnblockedEvent(ACCOUNT, null));
    }

    @Test
    void closesAtZeroBalance() {
        fixture.given(opened(), accrued(1_000, 1_000),
                        posted("r1", PostingKind.BONUS_REDEMPTION, Direction.DEBIT, 1_000, 0))
                .when(new CloseAccountCommand(ACCOUNT, "client left"))
                .expectEvents(new AccountClosedEvent(ACCOUNT, "client left"));
    }

    @Test
    void cannotCloseWithABalance() {
        fixture.given(opened(), accrued(1_000, 1_000))
                .when(new CloseAccountCommand(ACCOUNT, null))
                .expectException(refusedWith(LedgerError.NOT_EMPTY));
    }

    @Test
    void cannotCloseWithAHold() {
        fixture.given(opened(), new HoldPlacedEvent(ACCOUNT, "h1", 0, "BONUS", Instant.parse("2026-12-01T00:00:00Z"),
                        null, TODAY, 0))
                .when(new CloseAccountCommand(ACCOUNT, null))
                .expectException(refusedWith(LedgerError.NOT_EMPTY));
    }

    @Test
    void closedAccountCannotBeBlocked() {
        fixture.given(opened(), new AccountClosedEvent(ACCOUNT, null))
                .when(new BlockAccountCommand(ACCOUNT, "fraud"))
                .expectException(refusedWith(LedgerError.CLOSED));
    }
}
