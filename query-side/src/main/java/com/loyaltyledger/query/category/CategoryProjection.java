package com.loyaltyledger.query.category;

import com.loyaltyledger.api.category.CategoryList;
import com.loyaltyledger.api.category.CategoryView;
import com.loyaltyledger.api.category.ClientCategoryChangedEvent;
import com.loyaltyledger.api.category.ClientCategoryCreatedEvent;
import com.loyaltyledger.api.category.FindCategoriesQuery;
import com.loyaltyledger.api.category.FindCategoryQuery;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The list of client categories, with their terms as they are now. */
@Component
@ProcessingGroup("categories")
class CategoryProjection {

    private final CategoryRecordRepository categories;

    CategoryProjection(CategoryRecordRepository categories) {
        this.categories = categories;
    }

    @ResetHandler
    void reset() {
        categories.deleteAllInBatch();
    }

    @EventHandler
    void on(ClientCategoryCreatedEvent event, @Timestamp Instant at) {
        CategoryRecord category = categories.findById(event.categoryId())
                .orElseGet(() -> new CategoryRecord(event.categoryId(), at));
        category.apply(event.terms(), at);
        categories.save(category);
    }

    @EventHandler
    void on(ClientCategoryChangedEvent event, @Timestamp Instant at) {
        categories.findById(event.categoryId())
                .orElseThrow(() -> new IllegalStateException("Category " + event.categoryId() + " is not listed"))
                .apply(event.after(), at);
    }

    @QueryHandler
    @Transactional(readOnly = true)
    public Optional<CategoryView> handle(FindCategoryQuery query) {
        return categories.findById(query.categoryId()).map(CategoryRecord::view);
    }

    @QueryHandler
    @Transactional(readOnly = true)
    public CategoryList handle(FindCategoriesQuery query) {
        List<CategoryRecord> found = query.onlyShownInLists()
                ? categories.findByShownInListsTrueOrderByNameAscIdAsc()
                : categories.findAllByOrderByNameAscIdAsc();
        return new CategoryList(found.stream().map(CategoryRecord::view).toList());
    }
}
