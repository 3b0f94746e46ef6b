package com.loyaltyledger.infra.security;

import com.loyaltyledger.api.common.DomainException;
import com.loyaltyledger.api.purchase.PurchaseError;
import java.util.Map;
import org.springframework.security.core.Authentication;

/**
 * What a caller may do at a till: a till sells in its own store only, a CASHIER bound to stores in those; anyone
 * else (unbound cashiers, back office, tokens) in any store. A cashier who logs in as a person is the cashier of
 * their receipts; a till names the person at it itself.
 */
public final class StoreAccess {

    private StoreAccess() {
    }

    public static void requireStore(Authentication caller, String storeCode) {
        if (caller != null && caller.getPrincipal() instanceof LedgerPrincipal principal
                && !principal.storeCodes().isEmpty() && !principal.storeCodes().contains(storeCode)) {
            throw new DomainException(PurchaseError.STORE_NOT_ALLOWED, principal.name() + " may not sell in store "
                    + storeCode, storeCode == null ? Map.of() : Map.of("storeCode", storeCode));
        }
    }

    /** The cashier a receipt records: the logged-in CASHIER, or what a till or the back office says. */
    public static String cashier(Authentication caller, String given) {
        if (caller != null && caller.getPrincipal() instanceof LedgerPrincipal principal && !principal.till()
                && hasOnly(caller, Role.CASHIER)) {
            if (given != null && !given.equals(principal.name())) {
                throw DomainException.invalidField("cashier", "a cashier sells as themselves: leave cashier out or "
                        + "give your user name");
            }
            return principal.name();
        }
        return given;
    }

    private static boolean hasOnly(Authentication caller, Role role) {
        return caller.getAuthorities().stream().allMatch(a -> role.authority().equals(a.getAuthority()));
    }
}
