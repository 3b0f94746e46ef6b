package com.loyaltyledger.command.category;

import com.loyaltyledger.api.category.ClientCategoryChangedEvent;
import com.loyaltyledger.api.category.ClientCategoryCreatedEvent;
import com.loyaltyledger.command.client.ClientRegistry;
import com.loyaltyledger.api.category.CategoryError;
import com.loyaltyledger.api.category.CategoryTerms;
import com.loyaltyledger.api.common.DomainException;
import com.loyaltyledger.command.common.ExpiringCache;
import com.loyaltyledger.command.common.Jdbc;
import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;

/** Client categories on the command side: kept in the transaction of their events. Names are unique. */
@ProcessingGroup(ClientRegistry.PROCESSING_GROUP)
public class CategoryRegistry implements CategoryDirectory {

    private static final String TERMS = "name_key, discount_percent, discount_step_percent, max_discount_percent, "
            + "step_amount, bonus_percent, bonus_step_percent, max_bonus_percent, account_type_id, shown_in_lists";

    private final Jdbc jdbc;
    private final ExpiringCache<String, CategoryTerms> terms;

    /** @param maxAge how long this instance trusts terms it read; a change on another instance arrives within it */
    public CategoryRegistry(Jdbc jdbc, Clock clock, Duration maxAge) {
        this.jdbc = jdbc;
        this.terms = new ExpiringCache<>(clock, maxAge);
    }

    @Override
    public Optional<CategoryTerms> terms(String categoryId) {
        return categoryId == null ? Optional.empty() : terms.get(categoryId, id -> jdbc.queryOne(
                "select " + TERMS + " from cmd_client_category where category_id = ?",
                row -> new CategoryTerms(row.getString(1), row.getBigDecimal(2), row.getBigDecimal(3),
                        row.getBigDecimal(4), row.getBigDecimal(5), row.getBigDecimal(6), row.getBigDecimal(7),
                        row.getBigDecimal(8), row.getString(9), row.getBoolean(10)),
                id));
    }

    @Override
    public boolean exists(String categoryId) {
        return jdbc.queryOne("select 1 from cmd_client_category where category_id = ?", row -> true, categoryId)
                .isPresent();
    }

    @Override
    public Optional<String> findByName(String name) {
        return jdbc.queryOne("select category_id from cmd_client_category where name_key = ?",
                row -> row.getString(1), key(name));
    }

    @Override
    public Optional<String> accountTypeOf(String categoryId) {
        return jdbc.queryOne("select account_type_id from cmd_client_category where category_id = ?",
                row -> row.getString(1), categoryId);
    }

    /**
     * Runs in the transaction that stores the event: when two requests take one name at once, both pass the
     * aggregate's look-up and the second insert fails on the unique name, refusing its command.
     */
    @EventHandler
    void on(ClientCategoryCreatedEvent event) {
        nameTaken(event.terms().name(), () -> jdbc.update("insert into cmd_client_category (" + TERMS
                + ", category_id) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", values(event.terms(), event.categoryId())));
    }

    @EventHandler
    void on(ClientCategoryChangedEvent event) {
        nameTaken(event.after().name(), () -> jdbc.update("update cmd_client_category set name_key = ?, "
                + "discount_percent = ?, discount_step_percent = ?, max_discount_percent = ?, step_amount = ?, "
                + "bonus_percent = ?, bonus_step_percent = ?, max_bonus_percent = ?, account_type_id = ?, "
                + "shown_in_lists = ? where category_id = ?", values(event.after(), event.categoryId())));
        terms.forget(event.categoryId());
    }

    private static void nameTaken(String name, Runnable write) {
        try {
            write.run();
        } catch (Jdbc.UniqueViolation e) {
            throw new DomainException(CategoryError.NAME_TAKEN, "A category named " + name + " exists",
                    Map.of("name", name));
        }
    }

    private static Object[] values(CategoryTerms terms, String categoryId) {
        return new Object[]{key(terms.name()), terms.discountPercent(), terms.discountStepPercent(),
                terms.maxDiscountPercent(), terms.stepAmount(), terms.bonusPercent(), terms.bonusStepPercent(),
                terms.maxBonusPercent(), terms.accountTypeId(), terms.shownInLists(), categoryId};
    }

    private static String key(String name) {
        return name.strip().toLowerCase(Locale.ROOT);
    }
}
