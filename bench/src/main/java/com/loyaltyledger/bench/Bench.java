package com.loyaltyledger.bench;

import com.loyaltyledger.bench.badinput.BadInputDrill;
import com.loyaltyledger.bench.cluster.ClusterDrill;
import com.loyaltyledger.bench.crash.CrashDrill;
import com.loyaltyledger.bench.load.LoadBenchmark;
import java.util.Arrays;

/** {@code bench/run <command> [--option=value ...]}: the load benchmark and the drills. */
public final class Bench {

    private static final String USAGE = """
            usage: bench/run <load | crash | bad-input | cluster> [--option=value ...]
              load       the load benchmark against a fresh database (or --url), figures to bench/results/
              crash      kills the application with SIGKILL at random moments and checks nothing was lost
              bad-input  sends generated bad requests to every write endpoint and checks each was refused
              cluster    two instances on Axon Server under load, one killed and restarted; checks and figures
            The README's "Benchmarks and drills" section lists each command's options.""";

    private Bench() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length == 0) {
            System.err.println(USAGE);
            System.exit(2);
        }
        Options options = new Options(Arrays.copyOfRange(args, 1, args.length));
        switch (args[0]) {
            case "load" -> LoadBenchmark.main(options);
            case "crash" -> CrashDrill.main(options);
            case "bad-input" -> BadInputDrill.main(options);
            case "cluster" -> ClusterDrill.main(options);
            default -> {
                System.err.println("Unknown command " + args[0] + "\n" + USAGE);
                System.exit(2);
            }
        }
    }
}
