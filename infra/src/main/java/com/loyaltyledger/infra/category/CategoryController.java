package com.loyaltyledger.infra.category;

import com.loyaltyledger.api.category.CategoryError;
import com.loyaltyledger.api.category.CategoryList;
import com.loyaltyledger.api.category.CategoryTerms;
import com.loyaltyledger.api.category.CategoryView;
import com.loyaltyledger.api.category.ChangeClientCategoryCommand;
import com.loyaltyledger.api.category.CreateClientCategoryCommand;
import com.loyaltyledger.api.category.FindCategoriesQuery;
import com.loyaltyledger.api.category.FindCategoryQuery;
import com.loyaltyledger.api.history.EntityType;
import com.loyaltyledger.api.history.FindEntityHistoryQuery;
import com.loyaltyledger.api.history.HistoryPage;
import com.loyaltyledger.infra.web.JsonFields;
import com.loyaltyledger.infra.web.LedgerGateway;
import com.loyaltyledger.infra.web.Paging;
import java.net.URI;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** Client categories: the discount and bonus terms of groups of clients, and their steps. */
@RestController
@RequestMapping("/api/v1/client-categories")
class CategoryController {

    private final LedgerGateway ledger;

    CategoryController(LedgerGateway ledger) {
        this.ledger = ledger;
    }

    @PostMapping
    ResponseEntity<Map<String, String>> create(@RequestBody JsonNode body) {
        ObjectNode object = JsonFields.object(body);
        JsonFields.onlyKnown(object, CategoryTerms.FIELDS);
        String id = UUID.randomUUID().toString();
        ledger.send(new CreateClientCategoryCommand(id, terms(object)));
        return ResponseEntity.created(URI.create("/api/v1/client-categories/" + id)).body(Map.of("id", id));
    }

    @GetMapping
    CategoryList list(@RequestParam(defaultValue = "false") boolean shownInLists) {
        return ledger.query(new FindCategoriesQuery(shownInLists), CategoryList.class);
    }

    @GetMapping("/{id}")
    CategoryView get(@PathVariable String id) {
        return ledger.find(new FindCategoryQuery(id), CategoryView.class, CategoryError.NOT_FOUND, "category " + id);
    }

    /** A merge patch: present fields are set (null clears an optional one), absent ones stay. */
    @PatchMapping("/{id}")
    ResponseEntity<Void> change(@PathVariable String id, @RequestBody JsonNode body) {
        ObjectNode object = JsonFields.object(body);
        JsonFields.onlyKnown(object, CategoryTerms.FIELDS);
        ledger.send(new ChangeClientCategoryCommand(id, terms(object), Set.copyOf(object.propertyNames())),
                CategoryError.NOT_FOUND, "category " + id);
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/{id}/history")
    HistoryPage history(@PathVariable String id,
                        @RequestParam(defaultValue = Paging.DEFAULT_PAGE) int page,
                        @RequestParam(defaultValue = Paging.DEFAULT_SIZE) int size) {
        HistoryPage history = ledger.query(
                new FindEntityHistoryQuery(EntityType.CATEGORY, id, Paging.of(page, size)), HistoryPage.class);
        if (history.totalItems() == 0) {
            get(id);
        }
        return history;
    }

    private static CategoryTerms terms(ObjectNode object) {
        return new CategoryTerms(JsonFields.text(object, "name"),
                JsonFields.decimal(object, "discountPercent"),
                JsonFields.decimal(object, "discountStepPercent"),
                JsonFields.decimal(object, "maxDiscountPercent"),
                JsonFields.decimal(object, "stepAmount"),
                JsonFields.decimal(object, "bonusPercent"),
                JsonFields.decimal(object, "bonusStepPercent"),
                JsonFields.decimal(object, "maxBonusPercent"),
                JsonFields.text(object, "accountTypeId"),
                JsonFields.bool(object, "shownInLists", true));
    }
}
