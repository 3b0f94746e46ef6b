package com.loyaltyledger.command.account;

import com.loyaltyledger.api.common.DomainException;
import java.util.Map;
import java.util.TreeMap;

/**
 * The assets the ledger keeps (a currency such as RUB, a bonus point asset) and their scales, from
 * configuration. A scale must never change once an account of the asset exists: amounts are stored in minor
 * units.
 */
public record AssetCatalog(Map<String, Integer> scales) {

    public AssetCatalog {
        scales = Map.copyOf(new TreeMap<>(scales));
    }

    public int scaleOf(String asset, String field) {
        Integer scale = asset == null ? null : scales.get(asset);
        if (scale == null) {
            throw DomainException.invalidField(field, field + " must be one of " + new TreeMap<>(scales).keySet());
        }
        return scale;
    }
}
