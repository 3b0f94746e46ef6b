package com.loyaltyledger.query.card;

import com.loyaltyledger.api.card.CardSearchCriteria;
import jakarta.persistence.criteria.Predicate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.data.jpa.domain.Specification;

/** Turns {@link CardSearchCriteria} into a query over the card list. */
final class CardSearch {

    private CardSearch() {
    }

    static Specification<CardRecord> matching(CardSearchCriteria criteria) {
        return (root, query, cb) -> {
            List<Predicate> where = new ArrayList<>();
            if (criteria.numberPrefix() != null) {
                where.add(cb.like(root.get("number"), escape(criteria.numberPrefix()) + "%", '\\'));
            }
            if (criteria.ownerId() != null) {
                where.add(cb.equal(root.get("ownerId"), criteria.ownerId()));
            }
            if (criteria.status() != null) {
                where.add(cb.equal(root.get("status"), criteria.status()));
            }
            if (criteria.groupId() != null) {
                where.add(cb.equal(root.get("groupId"), criteria.groupId()));
            }
            if (criteria.validOn() != null) {
                // an open end of the validity period is unbounded on that side
                where.add(cb.or(cb.isNull(root.get("validFrom")),
                        cb.lessThanOrEqualTo(root.get("validFrom"), criteria.validOn())));
                where.add(cb.or(cb.isNull(root.get("validTo")),
                        cb.greaterThanOrEqualTo(root.get("validTo"), criteria.validOn())));
            }
            return cb.and(where.toArray(Predicate[]::new));
        };
    }

    private static String escape(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
