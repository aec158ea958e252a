package machikoba.experiment;

import machikoba.observe.Observer;
import machikoba.scenario.ScenarioError;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import java.io.IOException;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorCompletionService;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Runs the missing runs of a batch on an {@link Engine} (T worker threads here, or Spark tasks)
 * and leaves one finished file pair per run in {@code runs/}.
 * <p>
 * How results stay deterministic, memory stays bounded and a batch can be killed and resumed:
 * <ul>
 * <li>Each worker builds its own District (SimState) per run; runs share only immutable
 * Scenario records, so no lock serialises them and nothing depends on which thread ran a run
 * or when. A run's rows depend only on the scenario, its point and its seed ({@link RunSeeds}).</li>
 * <li>A finished run comes back as its files' text ({@link #compute}) and is written at once
 * ({@link #store}) into {@code runs/run-<id>.csv} (its rows of timeseries.csv) and then
 * {@code runs/run-<id>.metrics.csv} (its row of runs.csv), each via {@link AtomicFile}. Then
 * the run is dropped: memory holds only the runs in flight, whatever the number of runs.</li>
 * <li>The metrics file is the run's completion mark: it is moved into place last, so if it
 * exists both files are whole. A restart runs exactly the runs without one.</li>
 * <li>The merged outputs are made afterwards by {@link BatchOutputs}, which reads the run
 * files in run-id order, one run (or one point's replications) at a time. Output order is
 * therefore the run-id order whatever the thread count or finishing order.</li>
 * </ul>
 */
public final class BatchRunner {
    static final CSVFormat CSV = CSVFormat.DEFAULT.builder().setRecordSeparator('\n').build();
    public static final String MANIFEST = "manifest.txt";

    /** What a call did: runs in the batch, runs found finished, runs made now. */
    public record Outcome(int total, int alreadyDone, int ran) { }

    private BatchRunner() { }

    /** The rows of timeseries.csv after the run, point and parameter columns. */
    public static final List<String> METRIC_COLUMNS = metricColumns();

    private static List<String> metricColumns() {
        List<String> out = new ArrayList<>();
        for (String c : Observer.COLUMNS) out.add(c);
        return out;
    }

    public static Path runsDir(Path out) { return out.resolve("runs"); }

    static Path rowsFile(Path out, int runId) { return runsDir(out).resolve(String.format("run-%06d.csv", runId)); }

    static Path metricsFile(Path out, int runId) { return runsDir(out).resolve(String.format("run-%06d.metrics.csv", runId)); }

    /**
     * Opens (or creates) the output folder for this plan: a folder holding a different
     * manifest, or holding other files without one, is refused.
     */
    public static void prepare(BatchPlan plan, Path out) throws IOException {
        prepare(plan, out, Shard.ALL);
    }

    /** The same for one shard of the plan: its manifest says which, and it keeps what a merge needs. */
    public static void prepare(BatchPlan plan, Path out, Shard shard) throws IOException {
        Path manifest = out.resolve(MANIFEST);
        String text = plan.manifest() + shard.manifestLine();
        if (Files.exists(manifest)) {
            String old = Files.readString(manifest, StandardCharsets.UTF_8);
            if (!old.equals(text)) {
                throw new ScenarioError(out.toString(), 0, "--out",
                        "this folder holds a batch made by a different command (see its " + MANIFEST
                                + "); use another --out folder or delete this one");
            }
        } else if (Files.isDirectory(out)) {
            try (var files = Files.list(out)) {
                if (files.anyMatch(p -> !p.getFileName().toString().contains(AtomicFile.PARTIAL))) {
                    throw new ScenarioError(out.toString(), 0, "--out",
                            "folder exists and is not a batch folder (no " + MANIFEST + "); expected a new or empty folder");
                }
            }
        }
        Files.createDirectories(runsDir(out));
        AtomicFile.sweep(out);
        AtomicFile.sweep(runsDir(out));
        AtomicFile.sweep(out.resolve("figures"));
        if (!shard.isWhole()) BatchShards.keepPlan(plan, out);
        if (!Files.exists(manifest)) AtomicFile.write(manifest, w -> w.write(text));
    }

    /** Runs every run that has no completion mark yet; reports each finished run to progress. */
    public static Outcome run(BatchPlan plan, Path out, int threads, Progress progress) throws IOException {
        return run(plan, out, threads, progress, Shard.ALL);
    }

    /** Runs the shard's runs that have no completion mark yet (every run for {@link Shard#ALL}). */
    public static Outcome run(BatchPlan plan, Path out, int threads, Progress progress, Shard shard) throws IOException {
        return run(plan, out, new Threads(threads), progress, shard);
    }

    /**
     * Where a batch's runs are computed: on threads here ({@link Threads}) or elsewhere (Spark).
     * An engine computes each missing run ({@link #compute}) and hands it back here through
     * {@code done}, which stores it ({@link #store}) and counts it; so every engine leaves the
     * same run files, and a run computed twice (a retried task) is only stored again whole.
     */
    public interface Engine extends AutoCloseable {
        void runAll(BatchPlan plan, List<Integer> missing, Done done) throws IOException;

        /**
         * Computes {@code task} on each input (one task per input, wherever the engine runs
         * them) and hands the results to {@code sink} in the inputs' order; the task writes
         * nothing, and its result depends only on its input, so a retried task changes nothing.
         */
        <I extends Serializable, O extends Serializable> void each(List<I> inputs, Task<I, O> task, Sink<O> sink)
                throws IOException;

        @Override
        default void close() { }
    }

    /** Takes one finished run: stores its files and reports it. */
    public interface Done { void accept(RunText run) throws IOException; }

    /** Work an engine may ship to another process: serializable, with what it captures. */
    public interface Task<I, O> extends Serializable { O apply(I input) throws Exception; }

    /** Takes the results of {@link Engine#each}, in the inputs' order. */
    public interface Sink<O> { void accept(O result) throws IOException; }

    /** Runs the shard's runs that have no completion mark yet on the given engine. */
    public static Outcome run(BatchPlan plan, Path out, Engine engine, Progress progress, Shard shard) throws IOException {
        prepare(plan, out, shard);
        List<Integer> missing = new ArrayList<>();
        int total = 0;
        for (int id = 0; id < plan.runCount(); id++) {
            if (!shard.holds(id)) continue;
            total++;
            if (!Files.exists(metricsFile(out, id))) missing.add(id);
        }
        int done = total - missing.size();
        progress.start(total, done);
        try {
            engine.runAll(plan, missing, r -> {
                store(out, r);
                progress.runDone();
            });
        } finally {
            progress.finish();
        }
        return new Outcome(total, done, missing.size());
    }

    /** The local engine: T worker threads in this process, each run stored by its worker. */
    public record Threads(int count) implements Engine {
        @Override
        public <I extends Serializable, O extends Serializable> void each(List<I> inputs, Task<I, O> task, Sink<O> sink)
                throws IOException {
            ExecutorService pool = pool(count);
            try {
                List<Future<O>> futures = new ArrayList<>();
                for (I in : inputs) futures.add(pool.submit(() -> task.apply(in)));
                for (Future<O> f : futures) sink.accept(get(f, futures));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("interrupted", e);
            } finally {
                pool.shutdownNow();
            }
        }

        @Override
        public void runAll(BatchPlan plan, List<Integer> missing, Done done) throws IOException {
            ExecutorService pool = pool(count);
            try {
                ExecutorCompletionService<RunText> finished = new ExecutorCompletionService<>(pool);
                List<Future<RunText>> futures = new ArrayList<>();
                for (int id : missing) futures.add(finished.submit(() -> compute(plan, id)));
                for (int i = 0; i < missing.size(); i++) done.accept(get(finished.take(), futures));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("interrupted", e);
            } finally {
                pool.shutdownNow();
            }
        }
    }

    private static ExecutorService pool(int count) {
        return Executors.newFixedThreadPool(Math.max(1, count), r -> {
            Thread t = new Thread(r, "batch-worker");
            t.setDaemon(true);
            return t;
        });
    }

    /** A finished task's result; if it failed, the other tasks are cancelled and its exception thrown. */
    private static <O> O get(Future<O> f, List<? extends Future<?>> all) throws IOException, InterruptedException {
        try {
            return f.get();
        } catch (ExecutionException e) {
            for (Future<?> g : all) g.cancel(true);
            Throwable c = e.getCause();
            if (c instanceof RuntimeException x) throw x;
            if (c instanceof IOException io) throw io;
            throw new IllegalStateException(c);
        }
    }

    /**
     * One run's files as text: its rows of timeseries.csv and its row of runs.csv. It depends
     * only on the plan and the run id, so wherever and however often it is computed it is the same.
     */
    public record RunText(int runId, String rows, String metrics) implements java.io.Serializable { }

    /** Computes one run of the plan; writes nothing. */
    public static RunText compute(BatchPlan plan, int runId) throws IOException {
        BatchPlan.Run run = plan.run(runId);
        SingleRun.Result r = SingleRun.run(plan.scenario(run.pointId()), run.seed(), plan.until());
        List<Object> head = new ArrayList<>();
        head.add(run.runId());
        head.add(run.pointId());
        head.add(run.seed());
        Map<String, String> point = plan.points().get(run.pointId());
        for (String p : plan.paths()) head.add(point.get(p));
        StringBuilder rows = new StringBuilder();
        CSVPrinter p = new CSVPrinter(rows, CSV);
        for (double[] row : r.rows()) {
            for (Object h : head) p.print(h);
            for (double v : row) p.print(Numbers.format(v));
            p.println();
        }
        double[] metrics = RunMetrics.of(r.rows());
        StringBuilder m = new StringBuilder();
        CSVPrinter q = new CSVPrinter(m, CSV);
        q.print(run.runId());
        q.print(run.pointId());
        q.print(run.replication());
        q.print(run.seed());
        for (String path : plan.paths()) q.print(point.get(path));
        for (double v : metrics) q.print(Numbers.format(v));
        q.println();
        return new RunText(runId, rows.toString(), m.toString());
    }

    /**
     * Stores a computed run: its rows file, then its metrics file (the completion mark), each
     * whole via {@link AtomicFile} under a name made from the run id; storing it again replaces
     * them with the same bytes.
     */
    public static void store(Path out, RunText r) throws IOException {
        AtomicFile.write(rowsFile(out, r.runId()), w -> w.write(r.rows()));
        AtomicFile.write(metricsFile(out, r.runId()), w -> w.write(r.metrics()));
    }

    /** Reads the run metrics back (sensitivity analysis uses them), in run-id order. */
    public static double[][] metrics(BatchPlan plan, Path out) throws IOException {
        double[][] m = new double[plan.runCount()][];
        for (int id = 0; id < plan.runCount(); id++) m[id] = BatchOutputs.readMetrics(out, id, 4 + plan.paths().size());
        return m;
    }
}
