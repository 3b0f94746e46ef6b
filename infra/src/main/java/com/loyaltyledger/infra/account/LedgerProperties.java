package com.loyaltyledger.infra.account;

import java.time.Duration;
import java.time.ZoneId;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code ledger.*}: the assets and their scales, the business day's zone, how often hold expiries are looked
 * for, how long account-type rules are cached, and how many events an account gets between snapshots.
 */
@ConfigurationProperties("ledger")
public record LedgerProperties(Map<String, Asset> assets, BusinessDay businessDay, Holds holds,
                               AccountTypes accountTypes, Snapshots snapshots) {

    public record Asset(int scale) {
    }

    public record BusinessDay(ZoneId zone) {
    }

    public record Holds(Duration expiryPollInterval) {
    }

    public record AccountTypes(Duration cacheMaxAge) {
    }

    public record Snapshots(int accountEventThreshold) {
    }
}
