package com.loyaltyledger.query.category;

import com.loyaltyledger.api.category.CategoryTerms;
import com.loyaltyledger.api.category.CategoryView;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;

@Entity
@Table(name = "client_category_view")
public class CategoryRecord {

    @Id
    @Column(length = 36)
    private String id;
    @Column(nullable = false, length = 200)
    private String name;
    @Column(precision = 5, scale = 2)
    private BigDecimal discountPercent;
    @Column(precision = 5, scale = 2)
    private BigDecimal discountStepPercent;
    @Column(precision = 5, scale = 2)
    private BigDecimal maxDiscountPercent;
    @Column(precision = 19, scale = 2)
    private BigDecimal stepAmount;
    @Column(precision = 5, scale = 2)
    private BigDecimal bonusPercent;
    @Column(precision = 5, scale = 2)
    private BigDecimal bonusStepPercent;
    @Column(precision = 5, scale = 2)
    private BigDecimal maxBonusPercent;
    @Column(length = 64)
    private String accountTypeId;
    private boolean shownInLists;
    @Column(nullable = false)
    private Instant createdAt;
    @Column(nullable = false)
    private Instant updatedAt;

    protected CategoryRecord() {
    }

    CategoryRecord(String id, Instant createdAt) {
        this.id = id;
        this.createdAt = createdAt;
    }

    void apply(CategoryTerms terms, Instant at) {
        name = terms.name();
        discountPercent = terms.discountPercent();
        discountStepPercent = terms.discountStepPercent();
        maxDiscountPercent = terms.maxDiscountPercent();
        stepAmount = terms.stepAmount();
        bonusPercent = terms.bonusPercent();
        bonusStepPercent = terms.bonusStepPercent();
        maxBonusPercent = terms.maxBonusPercent();
        accountTypeId = terms.accountTypeId();
        shownInLists = terms.shownInLists();
        updatedAt = at;
    }

    CategoryView view() {
        return new CategoryView(id, new CategoryTerms(name, discountPercent, discountStepPercent, maxDiscountPercent,
                stepAmount, bonusPercent, bonusStepPercent, maxBonusPercent, accountTypeId, shownInLists),
                createdAt, updatedAt);
    }
}
