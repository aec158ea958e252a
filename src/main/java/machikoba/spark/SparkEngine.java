package machikoba.spark;

import machikoba.experiment.BatchPlan;
import machikoba.experiment.BatchRunner;
import org.apache.spark.SparkConf;
import org.apache.spark.TaskContext;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;

import java.io.IOException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Computes a batch's runs as Apache Spark tasks ({@code --engine spark}); only this class
 * touches Spark, and only that option loads it.
 * <p>
 * Each run is one task (one partition) that computes the run ({@link BatchRunner#compute}, on
 * the plan made again once per executor JVM, {@link BatchPlan.Portable#here})
 * and returns its files' text; it writes nothing. The driver stores each result under its run
 * id ({@link BatchRunner#store}), and the batch's files are then made by the same code as a
 * local batch's, in run-id order. So the files are the local batch's byte for byte, and a task
 * Spark retries or runs twice (speculation) cannot duplicate or corrupt a run: Spark hands the
 * driver one result per partition, and a run's text depends only on the plan and its id.
 * <p>
 * Other work (a validation's replications) goes the same way through {@link #each}: one task
 * per input, results handed to the driver in the inputs' order.
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
        BatchPlan.Portable portable = plan.portable();
        each(new ArrayList<>(missing), id -> BatchRunner.compute(portable.here(), id), done::accept);
    }

    @Override
    public <I extends Serializable, O extends Serializable> void each(List<I> inputs, BatchRunner.Task<I, O> task,
            BatchRunner.Sink<O> sink) throws IOException {
        if (inputs.isEmpty()) return;
        JavaRDD<O> results = sc.parallelize(inputs, inputs.size())
                .map(in -> {
                    O r = task.apply(in);
                    if (failFirstAttempts && TaskContext.get().attemptNumber() == 0) {
                        throw new IllegalStateException("first attempt of task " + in + " fails (test)");
                    }
                    return r;
                });
        int slice = Math.max(1, 4 * sc.defaultParallelism());
        for (int from = 0; from < inputs.size(); from += slice) {
            int[] parts = IntStream.range(from, Math.min(from + slice, inputs.size())).toArray();
            for (List<O> got : results.collectPartitions(parts)) {
                for (O r : got) sink.accept(r);
            }
        }
    }

    @Override
    public void close() {
        sc.stop();
    }
}
