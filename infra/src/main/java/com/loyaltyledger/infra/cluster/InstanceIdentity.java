package com.loyaltyledger.infra.cluster;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.HexFormat;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The name this instance goes by among the instances that share its database and Axon Server: its token claims,
 * its Axon Server client id, its heartbeat and its deadline executions carry it. Two instances must never share
 * one (they would own each other's segments), so the default is the host, the process id and a random suffix:
 * unique even for containers that all run as process 1 on look-alike hosts.
 */
public record InstanceIdentity(String id) {

    static InstanceIdentity of(String configured) {
        if (configured != null && !configured.isBlank()) {
            return new InstanceIdentity(configured.strip());
        }
        return new InstanceIdentity(host() + "-" + ProcessHandle.current().pid() + "-"
                + HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextInt()).substring(0, 6));
    }

    private static String host() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            return "localhost";
        }
    }
}
