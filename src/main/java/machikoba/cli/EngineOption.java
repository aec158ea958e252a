package machikoba.cli;

import machikoba.experiment.BatchRunner;
import machikoba.scenario.ScenarioError;
import picocli.CommandLine.Option;

/**
 * The --engine and --master options of the commands that run a batch (and of validate): where
 * their runs are computed. Spark's classes are loaded only when {@code --engine spark} is chosen, so the
 * core jar, which does not hold Spark, runs everything else without it.
 */
public final class EngineOption {
    public enum Engine { local, spark }

    static final String SPARK_ENGINE = "machikoba.spark.SparkEngine";

    @Option(names = "--engine", defaultValue = "local", paramLabel = "local|spark",
            description = {"Where the runs are computed: local threads (default) or Apache Spark tasks; the same files either way.",
                    "spark needs Spark on the classpath: submit the jar with spark-submit (README, \"Clusters\")."})
    Engine engine;

    @Option(names = "--master", paramLabel = "URL",
            description = "Spark master with --engine spark, e.g. local[4] or spark://host:7077 (default: spark-submit's, else local[*]).")
    String master;

    /** Refuses a bad choice before anything is written: --master without Spark, or Spark not on the classpath. */
    void check() {
        if (engine == Engine.local) {
            if (master != null) throw new ScenarioError("--master", 0, "", "expected --engine spark with --master, got --engine local");
            return;
        }
        try {
            Class.forName("org.apache.spark.SparkContext", false, EngineOption.class.getClassLoader());
        } catch (ClassNotFoundException | LinkageError e) {
            throw new ScenarioError("--engine", 0, "spark", "expected Apache Spark on the classpath, got none; run the jar with spark-submit"
                    + " --class machikoba.Machikoba (see README, \"Clusters\")");
        }
    }

    /** The engine chosen, the local one on {@code threads} threads or a started Spark engine (close it after). */
    BatchRunner.Engine open(int threads) {
        check();
        if (engine == Engine.local) return new BatchRunner.Threads(threads);
        try {
            return (BatchRunner.Engine) Class.forName(SPARK_ENGINE).getConstructor(String.class).newInstance(master);
        } catch (ReflectiveOperationException e) {
            Throwable c = e.getCause() != null ? e.getCause() : e;
            if (c instanceof RuntimeException r) throw r;
            throw new IllegalStateException("cannot start the Spark engine", c);
        }
    }

    /** How the engine is described in a command's first line. */
    String describe(int threads) {
        return engine == Engine.local ? "on " + threads + " threads" : "on Spark" + (master == null ? "" : " (" + master + ")");
    }
}
