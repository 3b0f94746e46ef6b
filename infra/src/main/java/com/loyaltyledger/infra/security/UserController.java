package com.loyaltyledger.infra.security;

import com.loyaltyledger.api.common.DomainException;
import com.loyaltyledger.api.common.FieldError;
import com.loyaltyledger.api.common.PageRequest;
import com.loyaltyledger.api.common.CommonError;
import com.loyaltyledger.infra.web.Paging;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Users are managed by ADMIN. Passwords are stored as BCrypt hashes and never shown. The last enabled ADMIN cannot
 * be disabled, demoted or removed, so the product can always be administered; changes and removals take one lock
 * first ({@link UserAccounts#lockAdminChanges()}), so two of them at once cannot both remove "the other" admin.
 */
@RestController
@RequestMapping("/api/v1/users")
class UserController {

    private static final Logger log = LoggerFactory.getLogger(UserController.class);
    private static final Pattern USERNAME = Pattern.compile("^[A-Za-z0-9._@-]{3,64}$");
    static final Pattern STORE_CODE = Pattern.compile("^[A-Za-z0-9._-]{1,64}$");
    private static final int MIN_PASSWORD = 10;
    static final int MAX_PASSWORD_BYTES = 72;

    private final UserAccounts accounts;
    private final PasswordEncoder encoder;

    UserController(UserAccounts accounts, PasswordEncoder encoder) {
        this.accounts = accounts;
        this.encoder = encoder;
    }

    /** {@code storeCodes}: the stores a CASHIER may sell in; absent or empty: any store. */
    record CreateUser(String username, String password, Set<Role> roles, Set<String> storeCodes) {
    }

    /** A change; absent (null) members stay as they are ({@code storeCodes: []} unbinds from stores). */
    record ChangeUser(String password, Set<Role> roles, Boolean enabled, Set<String> storeCodes) {
    }

    record UserView(String username, Set<Role> roles, boolean enabled, Instant createdAt, Set<String> storeCodes) {
        static UserView of(UserAccounts.Account account) {
            return new UserView(account.username(), account.roles(), account.enabled(), account.createdAt(),
                    new java.util.TreeSet<>(account.storeCodes()));
        }
    }

    record UserPage(List<UserView> items, int page, int size, long totalItems) {
    }

    @PostMapping
    ResponseEntity<UserView> create(@RequestBody CreateUser request, Authentication caller) {
        List<FieldError> errors = new ArrayList<>();
        if (request.username() == null || !USERNAME.matcher(request.username()).matches()) {
            errors.add(new FieldError("username", "3-64 letters, digits or . _ @ -"));
        }
        checkPassword(request.password(), errors);
        checkRoles(request.roles(), errors);
        checkStores(request.storeCodes(), errors);
        refuseIfAny(errors);
        if (!accounts.create(request.username(), encoder.encode(request.password()), request.roles(),
                request.storeCodes())) {
            throw new DomainException(UserError.EXISTS, "User " + request.username() + " exists");
        }
        log.info("User {} created with roles {} by {}", request.username(), request.roles(), caller.getName());
        return ResponseEntity.created(URI.create("/api/v1/users/" + request.username()))
                .body(UserView.of(existing(request.username())));
    }

    @GetMapping
    UserPage list(@RequestParam(defaultValue = Paging.DEFAULT_PAGE) int page,
                  @RequestParam(defaultValue = Paging.DEFAULT_SIZE) int size) {
        PageRequest request = Paging.of(page, size);
        return new UserPage(accounts.list((int) request.offset(), size).stream().map(UserView::of).toList(), page,
                size, accounts.count());
    }

    @GetMapping("/{username}")
    UserView get(@PathVariable String username) {
        return UserView.of(existing(username));
    }

    @PatchMapping("/{username}")
    @Transactional
    UserView change(@PathVariable String username, @RequestBody ChangeUser request, Authentication caller) {
        // before reading: the state this change starts from must be the one the previous change left
        accounts.lockAdminChanges();
        UserAccounts.Account current = existing(username);
        List<FieldError> errors = new ArrayList<>();
        if (request.password() != null) {
            checkPassword(request.password(), errors);
        }
        if (request.roles() != null) {
            checkRoles(request.roles(), errors);
        }
        checkStores(request.storeCodes(), errors);
        refuseIfAny(errors);
        UserAccounts.Account changed = new UserAccounts.Account(username,
                request.password() == null ? current.passwordHash() : encoder.encode(request.password()),
                request.roles() == null ? current.roles() : request.roles(),
                request.enabled() == null ? current.enabled() : request.enabled(), current.createdAt(),
                request.storeCodes() == null ? current.storeCodes() : request.storeCodes());
        boolean stopsBeingAdmin = current.enabled() && current.roles().contains(Role.ADMIN)
                && !(changed.enabled() && changed.roles().contains(Role.ADMIN));
        if (stopsBeingAdmin) {
            refuseIfLastAdmin(username);
        }
        accounts.update(changed);
        log.info("User {} changed by {}: roles {}, enabled {}, password {}", username, caller.getName(),
                changed.roles(), changed.enabled(), request.password() == null ? "kept" : "changed");
        return UserView.of(changed);
    }

    @DeleteMapping("/{username}")
    @Transactional
    ResponseEntity<Void> delete(@PathVariable String username, Authentication caller) {
        accounts.lockAdminChanges();
        UserAccounts.Account current = existing(username);
        if (current.enabled() && current.roles().contains(Role.ADMIN)) {
            refuseIfLastAdmin(username);
        }
        accounts.delete(username);
        log.info("User {} removed by {}", username, caller.getName());
        return ResponseEntity.noContent().build();
    }

    private UserAccounts.Account existing(String username) {
        return accounts.find(username).orElseThrow(() -> new DomainException(UserError.NOT_FOUND,
                "No user " + username, Map.of("username", username)));
    }

    private void refuseIfLastAdmin(String username) {
        if (accounts.countEnabledAdmins() <= 1) {
            throw new DomainException(UserError.LAST_ADMIN,
                    username + " is the last enabled ADMIN; make someone else ADMIN first");
        }
    }

    /** BCrypt reads at most 72 bytes and refuses longer input, so a longer password could never be checked. */
    private static void checkPassword(String password, List<FieldError> errors) {
        if (password == null || password.length() < MIN_PASSWORD
                || password.getBytes(StandardCharsets.UTF_8).length > MAX_PASSWORD_BYTES) {
            errors.add(new FieldError("password", "a password has at least " + MIN_PASSWORD
                    + " characters and at most " + MAX_PASSWORD_BYTES + " bytes in UTF-8 (72 letters or digits)"));
        }
    }

    private static void checkRoles(Set<Role> roles, List<FieldError> errors) {
        if (roles == null || roles.isEmpty() || roles.contains(null)) {
            errors.add(new FieldError("roles", "at least one role"));
        }
    }

    private static void checkStores(Set<String> storeCodes, List<FieldError> errors) {
        if (storeCodes != null && (storeCodes.size() > 50
                || !storeCodes.stream().allMatch(code -> code != null && STORE_CODE.matcher(code).matches()))) {
            errors.add(new FieldError("storeCodes", "at most 50 store codes of 1-64 letters, digits or . _ -"));
        }
    }

    /** Refuses the request when it broke any rule, naming the first in the message and all in the fields. */
    static void refuseIfAny(List<FieldError> errors) {
        if (!errors.isEmpty()) {
            throw new DomainException(CommonError.VALIDATION_FAILED, errors.getFirst().field() + ": "
                    + errors.getFirst().message(), errors, Map.of());
        }
    }
}
