package machikoba.spark;

import machikoba.Machikoba;
import machikoba.experiment.BatchFolders;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code batch --engine spark} writes the local batch's files byte for byte (all but
 * provenance.json, which records the command and its times), also when Spark retries tasks;
 * so does {@code sensitivity --engine spark}.
 */
class SparkEngineTest {
    @TempDir static Path tmp;
    static Path local;

    static String[] batch(Path out, String... more) {
        List<String> a = new ArrayList<>(List.of("batch", "scenarios/ota.yaml", "--set", "firms.count=200", "--until", "1987",
                "--replications", "2", "--sweep", "assemblers.costDown.rate=0.01,0.03", "--threads", "2", "--out", out.toString()));
        a.addAll(List.of(more));
        return a.toArray(String[]::new);
    }

    @BeforeAll
    static void localBatch() {
        local = tmp.resolve("local");
        assertEquals(0, Machikoba.execute(batch(local)));
    }

    @AfterEach
    void noMoreFailures() { SparkEngine.failFirstAttempts = false; }

    @Test
    void sparkWritesTheLocalBatchByteForByte() throws IOException {
        Path spark = tmp.resolve("spark");
        assertEquals(0, Machikoba.execute(batch(spark, "--engine", "spark", "--master", "local[2]")));
        BatchFolders.assertSameBytes(local, spark);
        assertTrue(Files.exists(spark.resolve("figures/fan_firms_point-0001.png")));
    }

    @Test
    void retriedTasksLeaveTheSameFiles() throws IOException {
        Path spark = tmp.resolve("retried");
        SparkEngine.failFirstAttempts = true;
        // local[2,2]: two cores, and a failed task is tried once more
        assertEquals(0, Machikoba.execute(batch(spark, "--engine", "spark", "--master", "local[2,2]")));
        BatchFolders.assertSameBytes(local, spark);
    }

    @Test
    void sensitivityOnSparkWritesTheLocalFiles() throws IOException {
        Path a = tmp.resolve("sens-local"), b = tmp.resolve("sens-spark");
        assertEquals(0, Machikoba.execute(sensitivity(a, "--threads", "2")));
        assertEquals(0, Machikoba.execute(sensitivity(b, "--engine", "spark", "--master", "local[2]")));
        BatchFolders.assertSameBytes(a, b);
    }

    static String[] sensitivity(Path out, String... more) {
        List<String> a = new ArrayList<>(List.of("sensitivity", "scenarios/ota.yaml", "--method", "morris", "--set", "firms.count=200",
                "--until", "1986", "--param", "assemblers.costDown.rate=0.01:0.04", "--param", "owners.meanAge=45:60",
                "--samples", "2", "--metric", "firms", "--out", out.toString()));
        a.addAll(List.of(more));
        return a.toArray(String[]::new);
    }

    @Test
    void masterWithoutSparkIsRefusedBeforeAnythingIsWritten() {
        Path bad = tmp.resolve("bad");
        assertEquals(Machikoba.BAD_INPUT, Machikoba.execute(batch(bad, "--master", "local[2]")));
        assertTrue(Files.notExists(bad));
    }
}
