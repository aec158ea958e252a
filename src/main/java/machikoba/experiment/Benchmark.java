package machikoba.experiment;

import machikoba.model.District;
import machikoba.observe.Metric;
import machikoba.observe.Observer;
import machikoba.scenario.Scenario;
import machikoba.scenario.ScenarioLoader;
import sim.engine.Schedule;
import sim.engine.SimState;
import sim.engine.Steppable;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Measures how fast the model runs at a given number of firms, against the engine's floor
 * measured in the same process a moment later: MASON's {@link Schedule} stepping as many
 * trivial {@link Steppable}s for as many months. Seconds depend on the machine and on whoever
 * else uses it; the ratio of the model's time per firm-month to the floor's time per
 * agent-month mostly does not, so the ratio is the figure to track.
 */
public final class Benchmark {
    private Benchmark() { }

    /** One measurement of the model and of the floor at one size. */
    public record Measurement(int firms, int assemblers, int months, long firmMonths, double setupSeconds,
                              double runSeconds, double runCpuSeconds, long peakHeapBytes, long retainedHeapBytes,
                              double floorSeconds, double floorCpuSeconds, long floorAgentMonths) {
        public double firmMonthsPerSecond() { return firmMonths / runSeconds; }
        public double nanosPerFirmMonth() { return runSeconds * 1e9 / firmMonths; }
        public double floorNanosPerAgentMonth() { return floorSeconds * 1e9 / floorAgentMonths; }
        /** How many times the engine's bare cost per agent-month one firm-month of the model costs. */
        public double ratio() { return nanosPerFirmMonth() / floorNanosPerAgentMonth(); }
        /**
         * The same ratio from the CPU time of the stepping thread: on a machine shared with other
         * work, wall time includes waiting for a core, CPU time does not (neither counts the GC threads).
         */
        public double cpuRatio() {
            return (runCpuSeconds / firmMonths) / (floorCpuSeconds / floorAgentMonths);
        }
    }

    /**
     * The scenario scaled to {@code firms}: firms.count set, and assemblers.count scaled in
     * proportion (at least one), so that each assembler keeps about the same supplier base.
     */
    public static Scenario scaled(Path file, int firms) {
        Scenario base = ScenarioLoader.load(file);
        int assemblers = (int) Math.max(1, Math.round((double) base.assemblers().count() * firms / base.firms().count()));
        Map<String, String> overrides = new LinkedHashMap<>();
        overrides.put("firms.count", Integer.toString(firms));
        overrides.put("assemblers.count", Integer.toString(assemblers));
        return ScenarioLoader.load(file, overrides);
    }

    /** Runs the model (with its observer, as a real run has) for {@code months}, then the floor. */
    public static Measurement measure(Scenario s, long seed, int months) {
        return measure(s, seed, months, 1);
    }

    /** The same with the district on {@code workers} threads ({@link District#setWorkers}); the floor stays on one. */
    public static Measurement measure(Scenario s, long seed, int months, int workers) {
        int m = Math.min(months, s.period().months());
        Measurement model = model(s, seed, m, workers);
        // the district is garbage now, so the floor runs on an empty heap as the model started on
        long[] floor = floorTimes(s.firms().count(), m);
        return new Measurement(model.firms(), model.assemblers(), m, model.firmMonths(), model.setupSeconds(),
                model.runSeconds(), model.runCpuSeconds(), model.peakHeapBytes(), model.retainedHeapBytes(),
                floor[0] / 1e9, floor[1] / 1e9, (long) s.firms().count() * m);
    }

    private static Measurement model(Scenario s, long seed, int months, int workers) {
        try (HeapSampler heap = new HeapSampler()) {
            long t0 = System.nanoTime();
            District d = new District(seed, s);
            d.setWorkers(workers);
            d.start();
            Observer observer = new Observer().attach(d);
            long t1 = System.nanoTime(), c1 = cpuNanos();
            long firmMonths = 0;
            while (d.schedule.getSteps() < months) {
                if (!d.schedule.step(d)) break;
                firmMonths += (long) Metric.FIRMS.of(observer.last());
            }
            long t2 = System.nanoTime(), c2 = cpuNanos();
            long peak = heap.peak();
            long retained = retainedHeap();
            d.finish(); // after retainedHeap(): the district must still be reachable when the heap is measured
            return new Measurement(s.firms().count(), s.assemblers().count(), months, firmMonths, (t1 - t0) / 1e9,
                    (t2 - t1) / 1e9, (c2 - c1) / 1e9, peak, retained, 0, 0, 0);
        }
    }

    /** Nanoseconds MASON's schedule takes to step {@code agents} trivial agents for {@code months} steps. */
    public static long floor(int agents, int months) {
        return floorTimes(agents, months)[0];
    }

    /** Wall and CPU nanoseconds of the floor. */
    static long[] floorTimes(int agents, int months) {
        SimState state = new SimState(1);
        state.start();
        Tick[] ticks = new Tick[agents];
        for (int i = 0; i < agents; i++) {
            ticks[i] = new Tick();
            state.schedule.scheduleRepeating(Schedule.EPOCH, 0, ticks[i], 1);
        }
        long t0 = System.nanoTime(), c0 = cpuNanos();
        for (int i = 0; i < months; i++) state.schedule.step(state);
        long t = System.nanoTime() - t0, c = cpuNanos() - c0;
        long sum = 0;
        for (Tick k : ticks) sum += k.count;
        if (sum != (long) agents * months) throw new IllegalStateException("floor stepped " + sum + " agent-months");
        state.finish();
        return new long[] {t, c};
    }

    /** Sizes measured {@code repeats} times each, interleaved so that a busy spell of the machine hits all sizes alike. */
    public static List<List<Measurement>> run(Path file, int[] sizes, int months, int repeats, long seed,
                                              Consumer<Measurement> each) {
        return run(file, sizes, months, repeats, seed, 1, each);
    }

    /** The same with each district on {@code workers} threads. */
    public static List<List<Measurement>> run(Path file, int[] sizes, int months, int repeats, long seed, int workers,
                                              Consumer<Measurement> each) {
        // warm the JIT on a small district first, so the first size is not charged for compilation
        measure(scaled(file, Math.min(2000, Arrays.stream(sizes).min().orElse(2000))), seed, Math.min(months, 24), workers);
        List<List<Measurement>> bySize = new ArrayList<>();
        for (int ignored : sizes) bySize.add(new ArrayList<>());
        for (int r = 0; r < repeats; r++) {
            for (int i = 0; i < sizes.length; i++) {
                Measurement m = measure(scaled(file, sizes[i]), seed, months, workers);
                bySize.get(i).add(m);
                each.accept(m);
            }
        }
        return bySize;
    }

    /** The measurement whose ratio is the median of the repeats (the lower middle one for an even count). */
    public static Measurement median(List<Measurement> repeats) {
        List<Measurement> sorted = new ArrayList<>(repeats);
        sorted.sort((a, b) -> Double.compare(a.ratio(), b.ratio()));
        return sorted.get((sorted.size() - 1) / 2);
    }

    public static double median(double[] values) {
        double[] v = values.clone();
        Arrays.sort(v);
        return v.length % 2 == 1 ? v[v.length / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2;
    }

    private static long cpuNanos() {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        return threads.isCurrentThreadCpuTimeSupported() ? threads.getCurrentThreadCpuTime() : System.nanoTime();
    }

    private static long retainedHeap() {
        MemoryMXBean mem = ManagementFactory.getMemoryMXBean();
        System.gc();
        return mem.getHeapMemoryUsage().getUsed();
    }

    /** A trivial agent: the work is MASON's, not its own. */
    static final class Tick implements Steppable {
        private static final long serialVersionUID = 1L;
        long count;
        @Override public void step(SimState state) { count++; }
    }

    /** Samples used heap every few milliseconds on a daemon thread and keeps the largest value. */
    static final class HeapSampler implements AutoCloseable {
        private final MemoryMXBean mem = ManagementFactory.getMemoryMXBean();
        private final Thread thread;
        private volatile boolean running = true;
        private volatile long peak;

        HeapSampler() {
            System.gc();
            peak = mem.getHeapMemoryUsage().getUsed();
            thread = new Thread(() -> {
                while (running) {
                    sample();
                    try { Thread.sleep(5); } catch (InterruptedException e) { return; }
                }
            }, "heap-sampler");
            thread.setDaemon(true);
            thread.start();
        }

        private void sample() {
            long used = mem.getHeapMemoryUsage().getUsed();
            if (used > peak) peak = used;
        }

        long peak() {
            sample();
            return peak;
        }

        @Override public void close() {
            running = false;
            thread.interrupt();
        }
    }
}
