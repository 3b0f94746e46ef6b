package com.loyaltyledger.command.category;

import com.loyaltyledger.api.category.ClientCategoryChangedEvent;
import com.loyaltyledger.api.category.ClientCategoryCreatedEvent;
import com.loyaltyledger.command.client.ClientRegistry;
import com.loyaltyledger.command.common.Jdbc;
import java.util.Locale;
import java.util.Optional;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;

/** Client categories on the command side: kept in the transaction of their events. Names are unique. */
@ProcessingGroup(ClientRegistry.PROCESSING_GROUP)
public class CategoryRegistry implements CategoryDirectory {

    private final Jdbc jdbc;

    public CategoryRegistry(Jdbc jdbc) {
        this.jdbc = jdbc;
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
                row -> row.getString(1), categoryId).filter(id -> id != null);
    }

    @EventHandler
    void on(ClientCategoryCreatedEvent event) {
        jdbc.update("insert into cmd_client_category (category_id, name_key, account_type_id) values (?, ?, ?)",
                event.categoryId(), key(event.terms().name()), event.terms().accountTypeId());
    }

    @EventHandler
    void on(ClientCategoryChangedEvent event) {
        jdbc.update("update cmd_client_category set name_key = ?, account_type_id = ? where category_id = ?",
                key(event.after().name()), event.after().accountTypeId(), event.categoryId());
    }

    private static String key(String name) {
        return name.strip().toLowerCase(Locale.ROOT);
    }
}
