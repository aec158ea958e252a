package machikoba.cli;

import machikoba.experiment.Benchmark;
import machikoba.experiment.Benchmark.Measurement;
import machikoba.scenario.ScenarioError;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

@Command(name = "bench", mixinStandardHelpOptions = true,
        description = {"Measures the model's speed and heap at several sizes, against the engine's floor:",
                "MASON's schedule stepping as many trivial agents for as many months, in the same run.",
                "ratio = model time per firm-month / floor time per agent-month; it depends little on the machine.",
                "cpu s and cpu rat use the stepping thread's CPU time, which a busy machine does not inflate."})
public final class BenchCommand implements Callable<Integer> {
    @Option(names = "--firms", split = ",", paramLabel = "N[,N...]", defaultValue = "1000,10000,100000,435000",
            description = "Numbers of firms (default: ${DEFAULT-VALUE}); assemblers scale in proportion.")
    int[] firms;

    @Option(names = "--months", defaultValue = "24", paramLabel = "M",
            description = "Months to run at each size (default: ${DEFAULT-VALUE}; at most the scenario's period).")
    int months;

    @Option(names = "--scenario", defaultValue = "scenarios/japan.yaml", paramLabel = "FILE",
            description = "Scenario to scale (default: ${DEFAULT-VALUE}).")
    Path scenario;

    @Option(names = "--repeat", defaultValue = "1", paramLabel = "R",
            description = "Measure every size R times and print each, then the medians (default: ${DEFAULT-VALUE}).")
    int repeat;

    @Option(names = "--seed", defaultValue = "1", paramLabel = "N", description = "Random seed (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--threads", defaultValue = "1", paramLabel = "T",
            description = {"Threads each district uses within a month (default: ${DEFAULT-VALUE}, as in a batch; `run` uses all processors).",
                    "cpu s and cpu rat count the stepping thread only."})
    int threads;

    @Override
    public Integer call() {
        for (int n : firms) {
            if (n < 10) throw new ScenarioError("--firms", 0, "", "expected numbers of firms of at least 10, got " + n);
        }
        if (months < 1) throw new ScenarioError("--months", 0, "", "expected a number of months of at least 1, got " + months);
        if (threads < 1) throw new ScenarioError("--threads", 0, "", "expected a whole number >= 1, got " + threads);
        if (repeat < 1) throw new ScenarioError("--repeat", 0, "", "expected at least 1, got " + repeat);
        int largest = java.util.Arrays.stream(firms).max().orElse(0);
        HeapCheck.check(scenario, List.of(Benchmark.scaled(scenario, largest)), 1);
        PrintStream o = System.out;
        o.printf(Locale.ROOT, "Machikoba bench: %s, seed %d, %d months, max heap %,d MB, %d processors, %d thread%s per district%n",
                scenario, seed, months, Runtime.getRuntime().maxMemory() >> 20, Runtime.getRuntime().availableProcessors(),
                threads, threads == 1 ? "" : "s");
        header(o);
        List<List<Measurement>> results = Benchmark.run(scenario, firms, months, repeat, seed, threads, m -> row(o, m));
        if (repeat > 1) {
            o.println("median of " + repeat + " (the repeat with the median ratio; time and heap medians over repeats):");
            header(o);
            for (List<Measurement> r : results) medianRow(o, r);
        }
        if (results.size() > 1) {
            // the reference is the first size of 10,000 firms or more (the smallest sizes fit in cache)
            int ref = 0;
            for (int i = 0; i < results.size() - 1; i++) {
                if (results.get(i).get(0).firms() >= 10_000) { ref = i; break; }
            }
            List<Measurement> small = results.get(ref), large = results.get(results.size() - 1);
            o.printf(Locale.ROOT, "scaling: median time per firm-month at %,d firms is %.2fx (wall), %.2fx (cpu) that at %,d firms%n",
                    large.get(0).firms(), medianNanos(large, false) / medianNanos(small, false),
                    medianNanos(large, true) / medianNanos(small, true), small.get(0).firms());
        }
        return 0;
    }

    private static double medianNanos(List<Measurement> repeats, boolean cpu) {
        return Benchmark.median(repeats.stream()
                .mapToDouble(m -> (cpu ? m.runCpuSeconds() : m.runSeconds()) * 1e9 / m.firmMonths()).toArray());
    }

    private static void header(PrintStream o) {
        o.printf(Locale.ROOT, "%9s %5s %6s %12s %8s %8s %8s %12s %9s %8s %9s %9s %7s %7s%n", "firms", "asm", "months",
                "firm-months", "setup s", "run s", "cpu s", "firm-mo/s", "ns/f-mo", "peak MB", "after MB", "floor ns",
                "ratio", "cpu rat");
    }

    private static void row(PrintStream o, Measurement m) {
        o.printf(Locale.ROOT, "%,9d %5d %6d %,12d %8.2f %8.2f %8.2f %,12.0f %9.0f %,8d %,9d %9.1f %7.1f %7.1f%n",
                m.firms(), m.assemblers(), m.months(), m.firmMonths(), m.setupSeconds(), m.runSeconds(),
                m.runCpuSeconds(), m.firmMonthsPerSecond(), m.nanosPerFirmMonth(), m.peakHeapBytes() >> 20,
                m.retainedHeapBytes() >> 20, m.floorNanosPerAgentMonth(), m.ratio(), m.cpuRatio());
    }

    private static void medianRow(PrintStream o, List<Measurement> repeats) {
        Measurement m = Benchmark.median(repeats);
        double run = Benchmark.median(repeats.stream().mapToDouble(Measurement::runSeconds).toArray());
        double setup = Benchmark.median(repeats.stream().mapToDouble(Measurement::setupSeconds).toArray());
        double peak = Benchmark.median(repeats.stream().mapToDouble(Measurement::peakHeapBytes).toArray());
        double after = Benchmark.median(repeats.stream().mapToDouble(Measurement::retainedHeapBytes).toArray());
        double cpu = Benchmark.median(repeats.stream().mapToDouble(Measurement::runCpuSeconds).toArray());
        double floor = Benchmark.median(repeats.stream().mapToDouble(Measurement::floorNanosPerAgentMonth).toArray());
        double cpuRatio = Benchmark.median(repeats.stream().mapToDouble(Measurement::cpuRatio).toArray());
        o.printf(Locale.ROOT, "%,9d %5d %6d %,12d %8.2f %8.2f %8.2f %,12.0f %9.0f %,8d %,9d %9.1f %7.1f %7.1f%n",
                m.firms(), m.assemblers(), m.months(), m.firmMonths(), setup, run, cpu, m.firmMonths() / run,
                run * 1e9 / m.firmMonths(), (long) peak >> 20, (long) after >> 20, floor, m.ratio(), cpuRatio);
    }
}
