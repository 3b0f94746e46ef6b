package com.loyaltyledger.infra.cluster;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code ledger.cluster.*}: how an instance names itself to the others that share its database, how often it
 * says it is alive, when the others count it as gone, and how long a segment may stay unclaimed before the fair
 * share gives way.
 *
 * @param instanceId this instance's name among the others; blank means host, process id and a random suffix
 * @param unclaimedSegmentTimeout how long a segment may stay without a live owner before every instance may take
 *                                it, whatever its fair share: a live but stuck instance must not starve a segment
 */
@ConfigurationProperties("ledger.cluster")
public record ClusterProperties(String instanceId, Duration heartbeatInterval, Duration instanceTimeout,
                                Duration unclaimedSegmentTimeout) {
}
