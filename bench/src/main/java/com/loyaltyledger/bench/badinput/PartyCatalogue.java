package com.loyaltyledger.bench.badinput;

import static com.loyaltyledger.bench.badinput.Field.Kind.BOOLEAN;
import static com.loyaltyledger.bench.badinput.Field.Kind.DATE;
import static com.loyaltyledger.bench.badinput.Field.Kind.DECIMAL;
import static com.loyaltyledger.bench.badinput.Field.Kind.ENUM;
import static com.loyaltyledger.bench.badinput.Field.Kind.INTEGER;
import static com.loyaltyledger.bench.badinput.Field.Kind.REFERENCE;
import static com.loyaltyledger.bench.badinput.Field.Kind.TEXT;
import static com.loyaltyledger.bench.badinput.Field.Kind.TEXT_LIST;
import static com.loyaltyledger.bench.badinput.Field.optional;
import static com.loyaltyledger.bench.badinput.Field.required;

import java.util.List;
import java.util.Map;

/** The write endpoints of clients, categories, card groups, cards, users and processors, aimed at the targets. */
final class PartyCatalogue {

    private PartyCatalogue() {
    }

    static List<Endpoint> of(Targets t) {
        String clients = "/api/v1/clients/";
        String cards = "/api/v1/cards/";
        return List.of(
                Endpoint.of("POST", "/api/v1/clients")
                        .body(Map.of("kind", "PERSON", "firstName", "Anna", "lastName", "Drill",
                                        "phones", List.of("+7 912 000 11 22"), "birthDate", "1990-05-17",
                                        "categoryId", t.categoryId(), "childrenCount", 1,
                                        "individualDiscountPercent", "5"),
                                required("kind", ENUM), optional("firstName", TEXT), optional("lastName", TEXT),
                                optional("phones", TEXT_LIST), optional("birthDate", DATE),
                                optional("categoryId", REFERENCE), optional("childrenCount", INTEGER),
                                optional("individualDiscountPercent", DECIMAL), optional("email", TEXT))
                        .refusedFor("a parent that does not exist", "/api/v1/clients",
                                Map.of("kind", "PERSON", "lastName", "Orphan", "parentId", Variants.unknownId()))
                        .build(),
                Endpoint.of("PATCH", "/api/v1/clients/{id}").path(id -> clients + id, t.clientId())
                        .body(Map.of("lastName", "Renamed"), optional("lastName", TEXT),
                                optional("birthDate", DATE), optional("phones", TEXT_LIST),
                                optional("categoryId", REFERENCE), optional("childrenCount", INTEGER),
                                optional("individualBonusPercent", DECIMAL), optional("notes", TEXT))
                        .refusedFor("a deleted client", clients + t.deletedClientId(), Map.of("lastName", "X"))
                        .build(),
                Endpoint.of("POST", "/api/v1/clients/{id}/block").path(id -> clients + id + "/block", t.clientId())
                        .body(Map.of("reason", "drill"), required("reason", TEXT))
                        .refusedFor("a deleted client", clients + t.deletedClientId() + "/block",
                                Map.of("reason", "drill"))
                        .build(),
                Endpoint.of("POST", "/api/v1/clients/{id}/unblock")
                        .path(id -> clients + id + "/unblock", t.clientId())
                        .refusedFor("a client that is not blocked", clients + t.clientId() + "/unblock", null)
                        .build(),
                Endpoint.of("DELETE", "/api/v1/clients/{id}").path(id -> clients + id + "?reason=drill", t.clientId())
                        .refusedFor("a deleted client", clients + t.deletedClientId() + "?reason=again", null)
                        .build(),
                Endpoint.of("POST", "/api/v1/clients/{id}/restore").path(id -> clients + id + "/restore", t.clientId())
                        .refusedFor("a client that is not deleted", clients + t.clientId() + "/restore", null)
                        .build(),
                Endpoint.of("POST", "/api/v1/clients/{id}/erase-personal-data")
                        .path(id -> clients + id + "/erase-personal-data", t.deletedClientId())
                        .refusedFor("personal data already erased",
                                clients + t.deletedClientId() + "/erase-personal-data", null)
                        .build(),
                Endpoint.of("POST", "/api/v1/clients/{id}/re-register")
                        .path(id -> clients + id + "/re-register", t.clientId())
                        .body(Map.of("firstName", "Drill again"), optional("firstName", TEXT),
                                optional("birthDate", DATE))
                        .refusedFor("a client whose data is not erased", clients + t.clientId() + "/re-register",
                                Map.of("firstName", "Drill again"))
                        .refusedFor("a deleted client", clients + t.deletedClientId() + "/re-register",
                                Map.of("firstName", "Drill again"))
                        .build(),
                Endpoint.of("POST", "/api/v1/client-categories")
                        .body(Map.of("name", "Drill new " + t.tag(), "discountPercent", "5", "stepAmount", "1000.00",
                                        "bonusPercent", "3", "accountTypeId", t.bonusTypeId(), "shownInLists", true),
                                required("name", TEXT), optional("discountPercent", DECIMAL),
                                optional("stepAmount", DECIMAL), optional("bonusPercent", DECIMAL),
                                optional("accountTypeId", REFERENCE), optional("shownInLists", BOOLEAN))
                        .refusedFor("a name taken", "/api/v1/client-categories", Map.of("name", t.categoryName()))
                        .build(),
                Endpoint.of("PATCH", "/api/v1/client-categories/{id}")
                        .path(id -> "/api/v1/client-categories/" + id, t.otherCategoryId())
                        .body(Map.of("bonusPercent", "4"), optional("name", TEXT),
                                optional("discountPercent", DECIMAL), optional("bonusPercent", DECIMAL),
                                optional("accountTypeId", REFERENCE), optional("shownInLists", BOOLEAN))
                        .refusedFor("a name taken", "/api/v1/client-categories/" + t.otherCategoryId(),
                                Map.of("name", t.categoryName()))
                        .build(),
                Endpoint.of("POST", "/api/v1/card-groups")
                        .body(Map.of("name", "Drill group", "cardType", "BONUS", "defaultMultiplier", "1.5",
                                        "bonusAccountTypeId", t.bonusTypeId()),
                                required("name", TEXT), required("cardType", ENUM),
                                optional("defaultMultiplier", DECIMAL), optional("bonusAccountTypeId", REFERENCE))
                        .build(),
                Endpoint.of("PATCH", "/api/v1/card-groups/{id}").path(id -> "/api/v1/card-groups/" + id, t.groupId())
                        .body(Map.of("defaultMultiplier", "2"), optional("name", TEXT), optional("cardType", ENUM),
                                optional("defaultMultiplier", DECIMAL), optional("bonusAccountTypeId", REFERENCE))
                        .build(),
                Endpoint.of("POST", "/api/v1/cards")
                        .body(Map.of("number", "DRILL-NEW-" + t.tag(), "groupId", t.groupId(),
                                        "validFrom", "2026-01-01", "validTo", "2030-12-31", "homeStoreCode", "S1",
                                        "multiplier", "2", "pin", "4815", "ownerId", t.clientId()),
                                required("number", TEXT), required("groupId", REFERENCE),
                                optional("validFrom", DATE), optional("validTo", DATE),
                                optional("homeStoreCode", TEXT), optional("multiplier", DECIMAL),
                                optional("multiplierFrom", DATE), optional("pin", TEXT),
                                optional("ownerId", REFERENCE))
                        .refusedFor("a number taken", "/api/v1/cards", Map.of("number", t.cardNumber(),
                                "groupId", t.groupId()))
                        .refusedFor("an owner who is deleted", "/api/v1/cards", Map.of("number", "DRILL-X-" + t.tag(),
                                "groupId", t.groupId(), "ownerId", t.deletedClientId()))
                        .refusedFor("validity ending before it starts", "/api/v1/cards", Map.of("number",
                                "DRILL-Y-" + t.tag(), "groupId", t.groupId(), "validFrom", "2027-01-01",
                                "validTo", "2026-01-01"))
                        .refusedFor("a PIN of two digits", "/api/v1/cards", Map.of("number", "DRILL-Z-" + t.tag(),
                                "groupId", t.groupId(), "pin", "12"))
                        .build(),
                Endpoint.of("PATCH", "/api/v1/cards/{id}").path(id -> cards + id, t.cardId())
                        .body(Map.of("homeStoreCode", "S2"), optional("validFrom", DATE), optional("validTo", DATE),
                                optional("homeStoreCode", TEXT), optional("multiplier", DECIMAL),
                                optional("pin", TEXT), optional("groupId", REFERENCE))
                        .refusedFor("the number, which never changes", cards + t.cardId(),
                                Map.of("number", "OTHER-" + t.tag()))
                        .build(),
                Endpoint.of("POST", "/api/v1/cards/{id}/status").path(id -> cards + id + "/status", t.cardId())
                        .body(Map.of("status", "ACCRUAL_ONLY", "reason", "drill"), required("status", ENUM),
                                optional("reason", TEXT))
                        .refusedFor("blocking without a reason", cards + t.cardId() + "/status",
                                Map.of("status", "BLOCKED"))
                        .build(),
                Endpoint.of("POST", "/api/v1/cards/{id}/link").path(id -> cards + id + "/link", t.ownerlessCardId())
                        .body(Map.of("clientId", t.clientId()), required("clientId", REFERENCE),
                                optional("confirmRelink", BOOLEAN))
                        .refusedFor("a blocked card", cards + t.blockedCardId() + "/link",
                                Map.of("clientId", t.clientId()))
                        .refusedFor("a deleted client", cards + t.ownerlessCardId() + "/link",
                                Map.of("clientId", t.deletedClientId()))
                        .build(),
                Endpoint.of("POST", "/api/v1/cards/{id}/unlink").path(id -> cards + id + "/unlink", t.ownerlessCardId())
                        .refusedFor("a card without an owner", cards + t.ownerlessCardId() + "/unlink", null)
                        .build(),
                Endpoint.of("POST", "/api/v1/users")
                        .body(Map.of("username", "drill-new-" + t.tag(), "password", "a-long-password-1",
                                        "roles", List.of("OPERATOR")),
                                required("username", TEXT), required("password", TEXT), required("roles", TEXT_LIST))
                        .refusedFor("a name taken", "/api/v1/users", Map.of("username", t.analyst(),
                                "password", "a-long-password-1", "roles", List.of("OPERATOR")))
                        .refusedFor("a short password", "/api/v1/users", Map.of("username", "drill-short-" + t.tag(),
                                "password", "short", "roles", List.of("OPERATOR")))
                        .refusedFor("a role that does not exist", "/api/v1/users", Map.of("username",
                                "drill-king-" + t.tag(), "password", "a-long-password-1", "roles", List.of("KING")))
                        .build(),
                Endpoint.of("PATCH", "/api/v1/users/{username}").path(name -> "/api/v1/users/" + name, t.analyst())
                        .body(Map.of("roles", List.of("OPERATOR")), optional("password", TEXT),
                                optional("roles", TEXT_LIST), optional("enabled", BOOLEAN))
                        .refusedFor("disabling the last admin", "/api/v1/users/admin", Map.of("enabled", false))
                        .refusedFor("taking ADMIN from the last admin", "/api/v1/users/admin",
                                Map.of("roles", List.of("OPERATOR")))
                        .build(),
                Endpoint.of("DELETE", "/api/v1/users/{username}").path(name -> "/api/v1/users/" + name, t.analyst())
                        .refusedFor("deleting the last admin", "/api/v1/users/admin", null)
                        .build(),
                Endpoint.of("POST", "/api/v1/admin/processors/{name}/dead-letters/retry")
                        .path(name -> "/api/v1/admin/processors/" + name + "/dead-letters/retry", "journal")
                        .refusedFor("a processor without dead letters",
                                "/api/v1/admin/processors/transfers/dead-letters/retry", null)
                        .build(),
                Endpoint.of("POST", "/api/v1/admin/processors/{name}/dead-letters/{id}/retry")
                        .path(id -> "/api/v1/admin/processors/journal/dead-letters/" + id + "/retry",
                                Variants.unknownId())
                        .build(),
                Endpoint.of("DELETE", "/api/v1/admin/processors/{name}/dead-letters/{id}")
                        .path(id -> "/api/v1/admin/processors/journal/dead-letters/" + id + "?confirm=true",
                                Variants.unknownId())
                        .refusedFor("a letter that is not there, without the confirmation",
                                "/api/v1/admin/processors/journal/dead-letters/" + Variants.unknownId(), null)
                        .build(),
                Endpoint.of("POST", "/api/v1/tills")
                        .body(Map.of("name", "drill-new-till-" + t.tag(), "storeCode", t.store()),
                                required("name", TEXT), required("storeCode", TEXT))
                        .refusedFor("a name taken", "/api/v1/tills", Map.of("name", t.tillName(),
                                "storeCode", t.store()))
                        .build(),
                Endpoint.of("DELETE", "/api/v1/tills/{tillId}").path(id -> "/api/v1/tills/" + id, t.tillId())
                        .refusedFor("a till revoked already", "/api/v1/tills/" + t.revokedTillId(), null)
                        .build(),
                Endpoint.of("POST", "/api/v1/admin/processors/{name}/replay")
                        .path(name -> "/api/v1/admin/processors/" + name + "/replay", "clients")
                        .refusedFor("a processor that cannot replay",
                                "/api/v1/admin/processors/command-registry/replay", null)
                        .build());
    }
}
