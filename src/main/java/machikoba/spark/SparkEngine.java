package machikoba.spark;

import machikoba.experiment.BatchPlan;
import machikoba.experiment.BatchRunner;
import org.apache.spark.SparkConf;
import org.apache.spark.TaskContext;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.IntStream;

/**
 * Computes a batch's runs as Apache Spark tasks ({@code --engine spark}); only this class
 * touches Spark, and only that option loads it.
 * <p>
 * Each run is one task (one partition) that computes the run ({@link BatchRunner#compute})
 * and returns its files' text; it writes nothing. The driver stores each result under its run
 * id ({@link BatchRunner#store}), and the batch's files are then made by the same code as a
 * local batch's, in run-id order. So the files are the local batch's byte for byte, and a task
 * Spark retries or runs twice (speculation) cannot duplicate or corrupt a run: Spark hands the
 * driver one result per partition, and a run's text depends only on the plan and its id.
 * <p>
 * The runs are asked for in slices of a few per core, so the driver holds only a slice's
 * results at a time, whatever the number of runs.
 */
public final class SparkEngine implements BatchRunner.Engine {
    private final JavaSparkContext sc;

    /** Tests set it to make every task's first attempt fail after computing its run, so Spark retries it. */
    static volatile boolean failFirstAttempts;

    /** @param master the Spark master URL; null takes spark-submit's, else local[*] */
    public SparkEngine(String master) {
        SparkConf conf = new SparkConf().setAppName("machikoba").setIfMissing("spark.master", "local[*]");
        if (master != null) conf.setMaster(master);
        sc = new JavaSparkContext(conf);
        sc.setLogLevel("WARN");
    }

    @Override
    public void runAll(BatchPlan plan, List<Integer> missing, BatchRunner.Done done) throws IOException {
        if (missing.isEmpty()) return;
        BatchPlan.Portable portable = plan.portable();
        JavaRDD<BatchRunner.RunText> runs = sc.parallelize(missing, missing.size())
                .map(id -> {
                    BatchRunner.RunText r = BatchRunner.compute(OnExecutor.plan(portable), id);
                    if (failFirstAttempts && TaskContext.get().attemptNumber() == 0) {
                        throw new IllegalStateException("first attempt of run " + id + " fails (test)");
                    }
                    return r;
                });
        int slice = Math.max(1, 4 * sc.defaultParallelism());
        for (int from = 0; from < missing.size(); from += slice) {
            int[] parts = IntStream.range(from, Math.min(from + slice, missing.size())).toArray();
            for (List<BatchRunner.RunText> got : runs.collectPartitions(parts)) {
                for (BatchRunner.RunText r : got) done.accept(r);
            }
        }
    }

    @Override
    public void close() {
        sc.stop();
    }

    /** On an executor: each plan made once per JVM, its scenario file written to a temporary folder. */
    static final class OnExecutor {
        private static final Map<BatchPlan.Portable, BatchPlan> PLANS = new ConcurrentHashMap<>();

        private OnExecutor() { }

        static BatchPlan plan(BatchPlan.Portable p) {
            return PLANS.computeIfAbsent(p, k -> {
                try {
                    Path dir = Files.createTempDirectory("machikoba-plan-");
                    BatchPlan plan = k.plan(dir);
                    Files.delete(dir.resolve(k.scenarioName()));
                    Files.delete(dir);
                    return plan;
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }
}
