package com.loyaltyledger.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where the machine's CPU went during a measurement: the application, the bench itself, and everything else
 * (mostly PostgreSQL), read from Linux's {@code /proc}. On one machine the load generator competes with what it
 * measures, so the report says how much it took.
 */
public final class CpuMeter {

    /** Linux's USER_HZ, the unit of /proc's CPU times, is 100 on every mainstream kernel. */
    private static final double TICKS_PER_SECOND = 100.0;

    private final long applicationPid;
    private final double applicationStart;
    private final double benchStart;
    private final double machineBusyStart;
    private final long startNanos = System.nanoTime();

    public CpuMeter(long applicationPid) {
        this.applicationPid = applicationPid;
        this.applicationStart = applicationPid > 0 ? processSeconds(applicationPid) : 0;
        this.benchStart = processSeconds(ProcessHandle.current().pid());
        this.machineBusyStart = machineBusySeconds();
    }

    public record Usage(double seconds, double applicationCores, double benchCores, double otherCores,
                        int cores) {

        @Override
        public String toString() {
            return String.format("application %.2f, bench %.2f, other (PostgreSQL and the rest) %.2f of %d cores",
                    applicationCores, benchCores, otherCores, cores);
        }
    }

    public Usage usage() {
        double seconds = (System.nanoTime() - startNanos) / 1e9;
        double application = applicationPid > 0 ? processSeconds(applicationPid) - applicationStart : 0;
        double bench = processSeconds(ProcessHandle.current().pid()) - benchStart;
        double busy = machineBusySeconds() - machineBusyStart;
        return new Usage(seconds, application / seconds, bench / seconds,
                Math.max(0, busy - application - bench) / seconds, Runtime.getRuntime().availableProcessors());
    }

    /** User and system CPU seconds of a process; 0 when /proc cannot tell. */
    static double processSeconds(long pid) {
        try {
            String stat = Files.readString(Path.of("/proc/" + pid + "/stat"));
            // the command name in parentheses may hold spaces: count fields after its closing parenthesis
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) / TICKS_PER_SECOND;
        } catch (IOException | RuntimeException e) {
            return 0;
        }
    }

    private static double machineBusySeconds() {
        try {
            String[] cpu = Files.readAllLines(Path.of("/proc/stat")).getFirst().trim().split("\\s+");
            long busy = 0;
            // user nice system idle iowait irq softirq steal: all but idle and iowait are work
            for (int i = 1; i <= 8 && i < cpu.length; i++) {
                if (i != 4 && i != 5) {
                    busy += Long.parseLong(cpu[i]);
                }
            }
            return busy / TICKS_PER_SECOND;
        } catch (IOException | RuntimeException e) {
            return 0;
        }
    }
}
