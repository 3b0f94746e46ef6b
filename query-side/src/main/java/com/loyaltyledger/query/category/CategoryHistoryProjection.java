package com.loyaltyledger.query.category;

import com.loyaltyledger.api.category.CategoryTerms;
import com.loyaltyledger.api.category.ClientCategoryChangedEvent;
import com.loyaltyledger.api.category.ClientCategoryCreatedEvent;
import com.loyaltyledger.api.history.EntityType;
import com.loyaltyledger.api.history.FieldChange;
import com.loyaltyledger.query.history.HistoryProcessing;
import com.loyaltyledger.query.history.HistoryWriter;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.springframework.stereotype.Component;

/** Every change of a category's terms, field by field. */
@Component
@ProcessingGroup(HistoryProcessing.GROUP)
class CategoryHistoryProjection {

    private final HistoryWriter history;

    CategoryHistoryProjection(HistoryWriter history) {
        this.history = history;
    }

    @EventHandler
    void on(ClientCategoryCreatedEvent event, EventMessage<?> message, TrackingToken token) {
        history.record(message, token, EntityType.CATEGORY, event.categoryId(), "Category created",
                changes(null, event.terms()));
    }

    @EventHandler
    void on(ClientCategoryChangedEvent event, EventMessage<?> message, TrackingToken token) {
        history.record(message, token, EntityType.CATEGORY, event.categoryId(), "Terms changed",
                changes(event.before(), event.after()));
    }

    /** Terms compared component by component, so a new term shows up in history without code here. */
    private static List<FieldChange> changes(CategoryTerms before, CategoryTerms after) {
        List<FieldChange> changes = new ArrayList<>();
        for (RecordComponent component : CategoryTerms.class.getRecordComponents()) {
            String old = before == null ? null : text(component, before);
            String now = text(component, after);
            if (!Objects.equals(old, now)) {
                changes.add(new FieldChange(component.getName(), old, now));
            }
        }
        return changes;
    }

    private static String text(RecordComponent component, CategoryTerms terms) {
        try {
            Object value = component.getAccessor().invoke(terms);
            return value instanceof BigDecimal number ? number.stripTrailingZeros().toPlainString()
                    : value == null ? null : value.toString();
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("Cannot read " + component.getName(), e);
        }
    }
}
