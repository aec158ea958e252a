package machikoba.cli;

import machikoba.scenario.ScenarioError;
import picocli.CommandLine.Option;

/** The --threads option every parallel command shares: how many worker threads, checked once. */
public final class ThreadsOption {
    @Option(names = "--threads", paramLabel = "T",
            description = "Worker threads (default: all processors). Results do not depend on it.")
    Integer threads;

    int count() {
        int t = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
        if (t < 1) throw new ScenarioError("--threads", 0, "", "expected a whole number >= 1, got " + t);
        return t;
    }
}
