package com.loyaltyledger.infra.security;

import com.loyaltyledger.api.common.DomainException;
import com.loyaltyledger.api.common.FieldError;
import com.loyaltyledger.api.common.PageRequest;
import com.loyaltyledger.infra.web.Paging;
import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Tills and their API keys, managed by ADMIN. A key is shown once, in the answer that creates it; afterwards only
 * its HMAC is kept, so a lost key is revoked and a new till made. Revoking cannot be undone.
 */
@RestController
@RequestMapping("/api/v1/tills")
class TillController {

    private static final Logger log = LoggerFactory.getLogger(TillController.class);
    private static final Pattern NAME = Pattern.compile("^[A-Za-z0-9._-]{1,64}$");

    private final TillKeys tills;

    TillController(TillKeys tills) {
        this.tills = tills;
    }

    record CreateTill(String name, String storeCode) {
    }

    record TillView(String tillId, String name, String actor, String storeCode, Instant createdAt, String createdBy,
                    Instant revokedAt, String revokedBy) {
        static TillView of(TillKeys.Till till) {
            return new TillView(till.tillId(), till.name(), till.actor(), till.storeCode(), till.createdAt(),
                    till.createdBy(), till.revokedAt(), till.revokedBy());
        }
    }

    /** The only answer that holds the key: {@code Authorization: Till <key>}. */
    record CreatedTill(TillView till, String key) {
    }

    record TillPage(List<TillView> items, int page, int size, long totalItems) {
    }

    @PostMapping
    ResponseEntity<CreatedTill> create(@RequestBody CreateTill request, Authentication caller) {
        List<FieldError> errors = new ArrayList<>();
        if (request.name() == null || !NAME.matcher(request.name()).matches()) {
            errors.add(new FieldError("name", "1-64 letters, digits or . _ -"));
        }
        if (request.storeCode() == null || !UserController.STORE_CODE.matcher(request.storeCode()).matches()) {
            errors.add(new FieldError("storeCode", "1-64 letters, digits or . _ -"));
        }
        UserController.refuseIfAny(errors);
        TillKeys.Issued issued = tills.create(request.name(), request.storeCode(), caller.getName())
                .orElseThrow(() -> new DomainException(UserError.TILL_EXISTS, "A till named " + request.name()
                        + " exists", Map.of("name", request.name())));
        log.info("Till {} of store {} created by {}", request.name(), request.storeCode(), caller.getName());
        return ResponseEntity.created(URI.create("/api/v1/tills/" + issued.till().tillId()))
                .body(new CreatedTill(TillView.of(issued.till()), issued.key()));
    }

    @GetMapping
    TillPage list(@RequestParam(defaultValue = Paging.DEFAULT_PAGE) int page,
                  @RequestParam(defaultValue = Paging.DEFAULT_SIZE) int size) {
        PageRequest request = Paging.of(page, size);
        return new TillPage(tills.list((int) request.offset(), size).stream().map(TillView::of).toList(), page, size,
                tills.count());
    }

    @GetMapping("/{tillId}")
    TillView get(@PathVariable String tillId) {
        return TillView.of(existing(tillId));
    }

    /** Revokes the till's key: from now on it authenticates nothing. */
    @DeleteMapping("/{tillId}")
    ResponseEntity<Void> revoke(@PathVariable String tillId, Authentication caller) {
        TillKeys.Till till = existing(tillId);
        if (!tills.revoke(tillId, caller.getName())) {
            throw new DomainException(UserError.TILL_REVOKED, "The key of till " + till.name() + " is revoked "
                    + "already");
        }
        log.info("Till {} revoked by {}", till.name(), caller.getName());
        return ResponseEntity.noContent().build();
    }

    private TillKeys.Till existing(String tillId) {
        return tills.find(tillId).orElseThrow(() -> new DomainException(UserError.TILL_NOT_FOUND,
                "No till " + tillId, Map.of("tillId", tillId)));
    }
}
