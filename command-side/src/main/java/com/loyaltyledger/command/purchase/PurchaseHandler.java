package com.loyaltyledger.command.purchase;

import com.loyaltyledger.api.account.Amounts;
import com.loyaltyledger.api.account.LoyaltyAccounts;
import com.loyaltyledger.api.account.PostingContext;
import com.loyaltyledger.api.card.CardNumbers;
import com.loyaltyledger.api.card.CardStatus;
import com.loyaltyledger.api.category.CategoryTerms;
import com.loyaltyledger.api.client.ClientDetails;
import com.loyaltyledger.api.common.Channel;
import com.loyaltyledger.api.common.DomainException;
import com.loyaltyledger.api.common.ErrorDetails;
import com.loyaltyledger.api.purchase.ProcessPurchaseCommand;
import com.loyaltyledger.api.purchase.PurchaseError;
import com.loyaltyledger.api.purchase.PurchaseRecordedEvent;
import com.loyaltyledger.api.purchase.PurchaseResult;
import com.loyaltyledger.command.account.Account;
import com.loyaltyledger.command.account.Outcome;
import com.loyaltyledger.command.card.CardDirectory;
import com.loyaltyledger.command.card.CardFacts;
import com.loyaltyledger.command.card.CardPins;
import com.loyaltyledger.command.client.Client;
import com.loyaltyledger.command.common.RequestFingerprint;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.modelling.command.Aggregate;
import org.axonframework.modelling.command.Repository;

/**
 * Processes a receipt from a till in one unit of work: the card and its owner are checked, bonus is spent from the
 * card's account first, bonus is earned on what is paid with money, the purchase counts towards the client's steps,
 * and the receipt remembers the answer. A receipt that fails half way leaves nothing behind; the same receipt again
 * answers as the first time. The receipt's aggregate id comes from its store and receipt id, so two concurrent
 * deliveries of one receipt cannot both be stored: the second fails at the event store, is retried by the command
 * gateway, and then finds the first.
 */
public class PurchaseHandler {

    private static final Set<CardStatus> PAYING = EnumSet.of(CardStatus.ACTIVE, CardStatus.PAYMENT_ONLY);
    private static final Set<CardStatus> EARNING = EnumSet.of(CardStatus.ACTIVE, CardStatus.ACCRUAL_ONLY);

    private final Repository<Receipt> receipts;
    private final CardDirectory cards;
    private final LoyaltyParties parties;
    private final int currencyScale;
    private final CardPins pins;

    /**
     * @param currencyScale decimal places of the purchase currency
     * @param pins checks the PIN of a purchase that spends bonus
     */
    public PurchaseHandler(Repository<Receipt> receipts, CardDirectory cards, LoyaltyParties parties,
                           int currencyScale, CardPins pins) {
        this.receipts = receipts;
        this.cards = cards;
        this.parties = parties;
        this.currencyScale = currencyScale;
        this.pins = pins;
    }

    /**
     * Who pays: the client, the account to spend from and earn on, what the card allows, its multiplier, and
     * whether spending needs the card's PIN.
     */
    private record Payer(String clientId, String cardId, String accountId, boolean mayPay, boolean mayEarn,
                         BigDecimal multiplier, boolean pinToSpend) {
    }

    /**
     * Answers with the {@link PurchaseResult}, or, when the PIN to spend bonus is missing, wrong or locked, with
     * the {@link ErrorDetails} of that refusal: an answer, not an exception, because a wrong PIN must stay
     * recorded on the card (the unit of work commits) while nothing else of the purchase happens.
     */
    @CommandHandler
    public Object handle(ProcessPurchaseCommand command) throws Exception {
        PurchaseInputs.check(command, currencyScale);
        String receiptKey = ReceiptKeys.of(command.storeCode(), command.receiptId());
        String hash = RequestFingerprint.of(command.storeCode(), command.receiptId(), command.cashier(),
                command.cardNumber(), command.clientId(), command.time(), command.lines(), command.total(),
                command.bonusToSpend());
        // loadOrCreate, not load: nearly every receipt is new, and a load that finds nothing costs an exception
        // that Axon logs with its stack trace, which was a tenth of a purchase's CPU time
        Aggregate<Receipt> receipt = receipts.loadOrCreate(receiptKey, Receipt::new);
        if (receipt.invoke(Receipt::recorded)) {
            return receipt.invoke(earlier -> earlier.answer(hash));
        }
        Instant at = command.time() == null ? parties.clock().instant() : command.time();
        Payer payer = payer(command, parties.calendar().dayOf(at));
        BigDecimal wanted = command.bonusToSpend() == null ? BigDecimal.ZERO : command.bonusToSpend();
        if (wanted.signum() > 0 && !payer.mayPay()) {
            throw new DomainException(PurchaseError.PAYMENT_NOT_ALLOWED, "Card " + command.cardNumber()
                    + " allows accrual only: bonus cannot be spent with it");
        }
        if (wanted.signum() > 0 && payer.pinToSpend()) {
            // first of all: nothing else may have happened in this unit of work when a refusal commits
            Optional<ErrorDetails> refusal = pins.refusalToSpend(payer.cardId(), command.pin());
            if (refusal.isPresent()) {
                return refusal.get();
            }
        }
        Aggregate<Client> client = parties.activeClient(payer.clientId());
        Aggregate<Account> account = parties.account(payer.accountId()).orElseThrow(() -> new DomainException(
                PurchaseError.NO_BONUS_ACCOUNT, "The bonus account of this purchase is not open (yet)",
                Map.of("accountId", payer.accountId())));
        ClientDetails profile = client.invoke(Client::details);
        CategoryTerms terms = parties.termsOf(profile);
        int step = terms == null ? 0 : terms.step(client.invoke(Client::accumulatedTotal));

        BigDecimal discountPercent = PurchasePricing.discountPercent(profile, terms, step);
        BigDecimal discount = PurchasePricing.discount(command.total(), discountPercent, currencyScale);
        BigDecimal due = command.total().subtract(discount);
        PostingContext context = new PostingContext("Receipt " + command.receiptId(), Channel.POS,
                command.storeCode());
        LocalDate today = parties.today();
        return account.invoke(bonusAccount -> {
            int scale = bonusAccount.scale();
            long dueMinor = Amounts.any(due, scale, "total");
            long spend = Math.min(Amounts.any(wanted, scale, "bonusToSpend"),
                    Math.min(bonusAccount.availableForPurchase(), dueMinor));
            Outcome last = null;
            if (spend > 0) {
                last = bonusAccount.spendOnPurchase(receiptKey + ":spend", spend, context,
                        parties.rulesOf(bonusAccount), today);
            }
            BigDecimal paid = due.subtract(Amounts.decimal(spend, scale));
            BigDecimal bonusPercent = PurchasePricing.bonusPercent(profile, terms, step);
            long earn = payer.mayEarn()
                    ? PurchasePricing.earned(paid, bonusPercent, payer.multiplier(), scale) : 0;
            if (earn > 0) {
                last = bonusAccount.earnOnPurchase(receiptKey + ":earn", earn, context, today);
            }
            client.execute(c -> c.recordPurchase(command.storeCode(), command.receiptId(), at, due,
                    command.lines().size(), terms));
            BigDecimal accumulated = client.invoke(Client::accumulatedTotal);
            long balance = last == null ? bonusAccount.balanceForPurchase() : last.balance();
            long available = last == null ? bonusAccount.availableBalance() : last.available();
            PurchaseRecordedEvent recorded = new PurchaseRecordedEvent(receiptKey, command.storeCode(),
                    command.receiptId(), command.cashier(), at, payer.clientId(), payer.cardId(), payer.accountId(),
                    command.lines(), command.total(), discountPercent, discount, due,
                    Amounts.decimal(spend, scale), paid, bonusPercent, payer.multiplier(),
                    Amounts.decimal(earn, scale), payer.mayEarn() ? null : PurchaseError.ACCRUAL_NOT_ALLOWED.code(),
                    Amounts.decimal(balance, scale), Amounts.decimal(available, scale), accumulated,
                    terms == null ? 0 : terms.step(accumulated), hash);
            return receipt.invoke(stored -> {
                stored.record(recorded);
                return stored.answer(hash);
            });
        });
    }

    private Payer payer(ProcessPurchaseCommand command, LocalDate day) {
        if (command.cardNumber() == null) {
            return new Payer(command.clientId(), null, LoyaltyAccounts.ofClient(command.clientId()), true, true,
                    BigDecimal.ONE, false);
        }
        String number = CardNumbers.normalize("cardNumber", command.cardNumber());
        CardFacts card = cards.findByNumber(number).orElseThrow(() -> new DomainException(
                PurchaseError.CARD_NOT_FOUND, "There is no card " + number, Map.of("cardNumber", number)));
        if (card.status() == CardStatus.BLOCKED) {
            throw new DomainException(PurchaseError.CARD_BLOCKED, "Card " + number + " is blocked",
                    Map.of("cardNumber", number));
        }
        if (!card.validOn(day)) {
            throw new DomainException(PurchaseError.CARD_NOT_VALID, "Card " + number + " is not valid on " + day,
                    Map.of("cardNumber", number));
        }
        if (card.ownerId() == null) {
            throw new DomainException(PurchaseError.CARD_NOT_LINKED, "Card " + number + " belongs to no client",
                    Map.of("cardNumber", number));
        }
        if (card.bonusAccountTypeId() == null) {
            throw new DomainException(PurchaseError.NO_BONUS_ACCOUNT, "Cards of the group of card " + number
                    + " have no bonus account", Map.of("cardNumber", number));
        }
        return new Payer(card.ownerId(), card.cardId(), LoyaltyAccounts.ofCard(card.cardId()),
                PAYING.contains(card.status()), EARNING.contains(card.status()), card.multiplierOn(day),
                card.pinToSpend());
    }
}
