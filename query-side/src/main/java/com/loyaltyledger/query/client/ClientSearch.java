package com.loyaltyledger.query.client;

import com.loyaltyledger.api.client.ClientSearchCriteria;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.Join;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Subquery;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import org.springframework.data.jpa.domain.Specification;

/** Turns {@link ClientSearchCriteria} into a query over the client list. */
final class ClientSearch {

    private ClientSearch() {
    }

    static Specification<ClientRecord> matching(ClientSearchCriteria criteria, Collection<String> subtreeIds) {
        return (root, query, cb) -> {
            List<Predicate> where = new ArrayList<>();
            if (criteria.name() != null) {
                for (String word : criteria.name().toLowerCase(Locale.ROOT).split("\\s+")) {
                    if (!word.isEmpty()) {
                        where.add(cb.like(root.get("searchName"), "%" + escape(word) + "%", '\\'));
                    }
                }
            }
            Predicate phone = phoneMatch(criteria, root, query, cb);
            if (phone != null) {
                where.add(phone);
            }
            if (criteria.birthdayFrom() != null && criteria.birthdayTo() != null) {
                where.add(birthdayBetween(root.get("birthMmdd"), criteria.birthdayFrom(), criteria.birthdayTo(), cb));
            }
            if (criteria.codeWord() != null) {
                where.add(cb.equal(cb.lower(root.get("codeWord")), criteria.codeWord().toLowerCase(Locale.ROOT)));
            }
            if (criteria.code() != null) {
                where.add(cb.equal(root.get("code"), criteria.code().toUpperCase(Locale.ROOT)));
            }
            if (criteria.tag() != null) {
                Subquery<Integer> tagged = query.subquery(Integer.class);
                Root<ClientRecord> client = tagged.correlate(root);
                Join<ClientRecord, String> tag = client.join("tags");
                tagged.select(cb.literal(1))
                        .where(cb.equal(cb.lower(tag), criteria.tag().toLowerCase(Locale.ROOT)));
                where.add(cb.exists(tagged));
            }
            if (criteria.blocked() != null) {
                where.add(cb.equal(root.get("blocked"), criteria.blocked()));
            }
            if (criteria.deleted() != null) {
                where.add(cb.equal(root.get("deleted"), criteria.deleted()));
            }
            if (criteria.hasPhone() != null) {
                Predicate has = cb.isNotNull(root.get("primaryPhone"));
                where.add(criteria.hasPhone() ? has : cb.not(has));
            }
            if (criteria.hasEmail() != null) {
                Predicate has = cb.isNotNull(root.get("email"));
                where.add(criteria.hasEmail() ? has : cb.not(has));
            }
            if (criteria.parentId() != null) {
                where.add(criteria.includeSubtree()
                        ? (subtreeIds.isEmpty() ? cb.disjunction() : root.get("id").in(subtreeIds))
                        : cb.equal(root.get("parentId"), criteria.parentId()));
            }
            if (criteria.categoryId() != null) {
                where.add(cb.equal(root.get("categoryId"), criteria.categoryId()));
            }
            if (criteria.accumulatedFrom() != null) {
                where.add(cb.greaterThanOrEqualTo(root.get("accumulatedTotal"), criteria.accumulatedFrom()));
            }
            if (criteria.accumulatedTo() != null) {
                where.add(cb.lessThanOrEqualTo(root.get("accumulatedTotal"), criteria.accumulatedTo()));
            }
            if (criteria.lastPurchaseFrom() != null) {
                where.add(cb.greaterThanOrEqualTo(root.get("lastPurchaseAt"), criteria.lastPurchaseFrom()));
            }
            if (criteria.lastPurchaseTo() != null) {
                where.add(cb.lessThan(root.get("lastPurchaseAt"), criteria.lastPurchaseTo()));
            }
            if (criteria.receiptsFrom() != null) {
                where.add(cb.greaterThanOrEqualTo(root.get("receiptCount"), criteria.receiptsFrom()));
            }
            if (criteria.receiptsTo() != null) {
                where.add(cb.lessThanOrEqualTo(root.get("receiptCount"), criteria.receiptsTo()));
            }
            return cb.and(where.toArray(Predicate[]::new));
        };
    }

    private static Predicate phoneMatch(ClientSearchCriteria criteria, Root<ClientRecord> root,
                                        jakarta.persistence.criteria.CriteriaQuery<?> query, CriteriaBuilder cb) {
        List<String> prefixes = criteria.phonePrefixes() == null ? List.of() : criteria.phonePrefixes();
        if (prefixes.isEmpty() && criteria.phoneSuffix() == null) {
            return null;
        }
        Subquery<Integer> matching = query.subquery(Integer.class);
        Root<ClientRecord> client = matching.correlate(root);
        Join<ClientRecord, PhoneEntry> phone = client.join("phones");
        Expression<String> digits = phone.get("digits");
        List<Predicate> any = new ArrayList<>();
        prefixes.forEach(prefix -> any.add(cb.like(digits, escape(prefix) + "%", '\\')));
        if (criteria.phoneSuffix() != null) {
            any.add(cb.like(digits, "%" + escape(criteria.phoneSuffix()), '\\'));
        }
        matching.select(cb.literal(1)).where(cb.or(any.toArray(Predicate[]::new)));
        return cb.exists(matching);
    }

    private static Predicate birthdayBetween(Expression<Integer> mmdd, MonthDay from, MonthDay to,
                                             CriteriaBuilder cb) {
        int start = from.getMonthValue() * 100 + from.getDayOfMonth();
        int end = to.getMonthValue() * 100 + to.getDayOfMonth();
        if (start <= end) {
            return cb.between(mmdd, start, end);
        }
        // the range wraps over the new year, e.g. 20 December to 10 January
        return cb.or(cb.greaterThanOrEqualTo(mmdd, start), cb.lessThanOrEqualTo(mmdd, end));
    }

    private static String escape(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
