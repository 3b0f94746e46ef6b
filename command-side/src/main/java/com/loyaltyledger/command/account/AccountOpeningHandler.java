package com.loyaltyledger.command.account;

import com.loyaltyledger.api.account.AccountOwner;
import com.loyaltyledger.api.account.LedgerError;
import com.loyaltyledger.api.account.OpenAccountCommand;
import com.loyaltyledger.api.account.OwnerType;
import com.loyaltyledger.api.common.DomainException;
import com.loyaltyledger.command.card.CardDirectory;
import com.loyaltyledger.command.client.ClientDirectory;
import java.util.Map;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.modelling.command.Repository;

/**
 * Opens accounts. Outside the aggregate because the number must be taken in the command-side table first (a
 * taken number is refused before anything is applied), and the type and owner checked against their tables.
 */
public class AccountOpeningHandler {

    static final int MAX_NAME = 200;

    private final Repository<Account> accounts;
    private final AccountDirectory directory;
    private final AccountTypeDirectory types;
    private final ClientDirectory clients;
    private final CardDirectory cards;

    public AccountOpeningHandler(Repository<Account> accounts, AccountDirectory directory, AccountTypeDirectory types,
                                 ClientDirectory clients, CardDirectory cards) {
        this.accounts = accounts;
        this.directory = directory;
        this.types = types;
        this.clients = clients;
        this.cards = cards;
    }

    @CommandHandler
    public String handle(OpenAccountCommand command) throws Exception {
        String number = AccountInputs.number(command.number());
        String name = command.name() == null || command.name().isBlank() ? null : command.name().strip();
        if (name != null && name.length() > MAX_NAME) {
            throw DomainException.invalidField("name", "name is longer than " + MAX_NAME + " characters");
        }
        AccountOwner owner = owner(command.owner());
        AccountTypeFacts type = types.find(command.accountTypeId()).orElseThrow(() -> new DomainException(
                LedgerError.TYPE_NOT_FOUND, "There is no account type " + command.accountTypeId(),
                Map.of("accountTypeId", String.valueOf(command.accountTypeId()))));
        if (!directory.claimNumber(command.accountId(), number, type.asset())) {
            throw new DomainException(LedgerError.NUMBER_TAKEN, "Another account has number " + number,
                    Map.of("number", number));
        }
        OpenAccountCommand opening = new OpenAccountCommand(command.accountId(), number, name, type.accountTypeId(),
                owner);
        accounts.newInstance(() -> new Account(opening, type));
        return command.accountId();
    }

    private AccountOwner owner(AccountOwner owner) {
        if (owner == null || owner.type() == null || owner.type() == OwnerType.NONE) {
            if (owner != null && owner.id() != null) {
                throw DomainException.invalidField("ownerId", "an account without an owner has no ownerId");
            }
            return AccountOwner.NONE;
        }
        if (owner.id() == null || owner.id().isBlank()) {
            throw DomainException.invalidField("ownerId", "ownerId is required with ownerType " + owner.type());
        }
        if (owner.type() == OwnerType.CLIENT && clients.find(owner.id()).filter(c -> !c.deleted()).isEmpty()) {
            throw new DomainException(LedgerError.OWNER_NOT_FOUND,
                    "Client " + owner.id() + " does not exist or is deleted", Map.of("ownerId", owner.id()));
        }
        if (owner.type() == OwnerType.CARD && cards.find(owner.id()).isEmpty()) {
            throw new DomainException(LedgerError.OWNER_NOT_FOUND, "There is no card " + owner.id(),
                    Map.of("ownerId", owner.id()));
        }
        return new AccountOwner(owner.type(), owner.id().strip());
    }
}
