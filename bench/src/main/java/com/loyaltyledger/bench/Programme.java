package com.loyaltyledger.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

/**
 * A loyalty programme to run against: a bonus account type, a card group whose cards open bonus accounts, three
 * client categories, the users a till and a back office call with, and members (a client with a card each),
 * all made through the API as an operator would. Names carry a tag, so programmes of several runs can share one
 * application.
 */
public final class Programme {

    public static final String USER_PASSWORD = "bench-password-1";

    private final Http admin;
    private final String tag;
    private final String accountTypeId;
    private final String groupId;
    private final List<String> categoryIds;
    private final int phoneBlock;

    /** A client with a card; the card's bonus account opens by itself. */
    public record Member(int index, String clientId, String cardId, String cardNumber, String phone) {
    }

    private Programme(Http admin, String tag, String accountTypeId, String groupId, List<String> categoryIds,
                      int phoneBlock) {
        this.admin = admin;
        this.tag = tag;
        this.accountTypeId = accountTypeId;
        this.groupId = groupId;
        this.categoryIds = categoryIds;
        this.phoneBlock = phoneBlock;
    }

    public static Programme create(Http admin, String tag) throws IOException {
        String type = admin.post("/api/v1/account-types", Map.of("name", "Bench bonus " + tag, "asset", "BONUS",
                "kind", "BONUS", "minimumBalance", "0")).expectOk("account type").json().path("accountTypeId")
                .asString();
        String group = admin.post("/api/v1/card-groups", Map.of("name", "Bench cards " + tag, "cardType", "BONUS",
                "bonusAccountTypeId", type)).expectOk("card group").json().path("cardGroupId").asString();
        List<String> categories = new ArrayList<>();
        String[][] terms = {
                {"Bronze", "0", "0.5", "3", "2", "0.5", "5"},
                {"Silver", "3", "1", "7", "3", "0.5", "6"},
                {"Gold", "5", "1", "10", "5", "1", "10"}};
        for (String[] t : terms) {
            categories.add(admin.post("/api/v1/client-categories", Map.of("name", t[0] + " " + tag,
                    "discountPercent", t[1], "discountStepPercent", t[2], "maxDiscountPercent", t[3],
                    "stepAmount", "10000.00", "bonusPercent", t[4], "bonusStepPercent", t[5],
                    "maxBonusPercent", t[6])).expectOk("category " + t[0]).json().path("id").asString());
        }
        for (String[] user : new String[][] {{"till-" + tag, "CASHIER"}, {"office-" + tag, "OPERATOR"}}) {
            admin.post("/api/v1/users", Map.of("username", user[0], "password", USER_PASSWORD,
                    "roles", List.of(user[1]))).expectOk("user " + user[0]);
        }
        // phones +7 9XX …: every block from 940 to 999 is a valid mobile range (930 is not: a run that drew it failed)
        return new Programme(admin, tag, type, group, categories, ThreadLocalRandom.current().nextInt(40, 100));
    }

    /** What a till calls with: the CASHIER user, channel POS. */
    public Http till() {
        return admin.as("till-" + tag, USER_PASSWORD).withHeader("X-Channel", "POS");
    }

    /** What an operator reads with: the OPERATOR user. */
    public Http office() {
        return admin.as("office-" + tag, USER_PASSWORD).withHeader("X-Channel", "BACK_OFFICE");
    }

    public String accountTypeId() {
        return accountTypeId;
    }

    public String groupId() {
        return groupId;
    }

    public List<String> categoryIds() {
        return categoryIds;
    }

    /** The same programme, with requests through another instance of the application. */
    public Programme through(Http instance) {
        return new Programme(instance, tag, accountTypeId, groupId, categoryIds, phoneBlock);
    }

    /** Till-float accounts (RUB deposits, no owner), each with 1,000,000.00 on it. */
    public List<String> floatAccounts(int count) throws IOException {
        String type = admin.post("/api/v1/account-types", Map.of("name", "Floats " + tag, "asset", "RUB",
                "kind", "DEPOSIT", "minimumBalance", "0")).expectOk("deposit type").json().path("accountTypeId")
                .asString();
        List<String> accounts = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String account = admin.post("/api/v1/accounts", Map.of("number", tag + "-ACC-" + i, "name",
                    "Till float " + i, "accountTypeId", type, "ownerType", "NONE")).expectOk("account").json()
                    .path("accountId").asString();
            admin.withHeader("Idempotency-Key", tag + "-float-" + i).post("/api/v1/accounts/" + account
                    + "/deposit", Map.of("amount", "1000000.00")).expectOk("float");
            accounts.add(account);
        }
        return accounts;
    }

    public Member register(int index) throws IOException {
        String phone = "+79" + phoneBlock + String.format("%07d", index);
        String client = admin.withHeader("X-Channel", "BACK_OFFICE").post("/api/v1/clients", Map.of(
                "kind", "PERSON", "firstName", "Member", "lastName", "Bench" + index, "phones", List.of(phone),
                "categoryId", categoryIds.get(index % categoryIds.size()))).expectOk("client " + index)
                .json().path("clientId").asString();
        String number = cardNumber(index);
        String card = admin.post("/api/v1/cards", Map.of("number", number, "groupId", groupId, "ownerId", client))
                .expectOk("card " + number).json().path("cardId").asString();
        return new Member(index, client, card, number, phone);
    }

    private String cardNumber(int index) {
        return tag.toUpperCase() + "-" + String.format("%08d", index);
    }

    /**
     * Registers members {@code from} (inclusive) to {@code to} with {@code concurrency} requests at a time, then
     * waits until each has its bonus account; prints progress every few seconds.
     */
    public List<Member> registerAll(int from, int to, int concurrency) throws InterruptedException {
        Member[] members = new Member[to - from];
        long started = System.nanoTime();
        Parallel.run(concurrency, to - from, Duration.ofSeconds(5), i -> {
            try {
                members[i] = register(from + i);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }, done -> String.format("registered %,d of %,d members (%.0f/s)", done, to - from,
                done / ((System.nanoTime() - started) / 1e9)));
        awaitAccounts(to, Duration.ofMinutes(10));
        return List.of(members);
    }

    /** Waits until the bonus accounts of the programme number {@code count}: account opening runs behind. */
    public void awaitAccounts(int count, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        long seen = 0;
        while (System.nanoTime() < deadline) {
            try {
                seen = admin.get("/api/v1/accounts?size=1&accountTypeId=" + accountTypeId).expectOk("accounts")
                        .json().path("totalItems").asLong();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            if (seen >= count) {
                return;
            }
            Thread.sleep(250);
        }
        throw new IllegalStateException("Only " + seen + " of " + count + " bonus accounts opened within " + timeout);
    }
}
