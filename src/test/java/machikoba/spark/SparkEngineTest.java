package machikoba.spark;

import machikoba.Machikoba;
import machikoba.cli.SmallOta;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import machikoba.experiment.BatchFolders;
import machikoba.experiment.Provenance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code batch --engine spark} writes the local batch's files byte for byte (all but
 * provenance.json, which records the command and its times), also when Spark retries tasks;
 * so do {@code sensitivity --engine spark} and {@code validate --engine spark} (whose summary is
 * the local one's too).
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
    void validateOnSparkWritesTheLocalFilesAndSummary() throws IOException {
        Path s = SmallOta.write(tmp, SmallOta.PASSING);
        Path a = tmp.resolve("val-local"), b = tmp.resolve("val-spark");
        String[] local = {"validate", s.toString(), "--replications", "2", "--threads", "2", "--out", a.toString()};
        String[] spark = {"validate", s.toString(), "--replications", "2", "--engine", "spark", "--master", "local[2]", "--out", b.toString()};
        String said = summary(local), sparkSaid = summary(spark);
        assertEquals(said.replace(a.toString(), "OUT"), sparkSaid.replace(b.toString(), "OUT"));
        assertTrue(said.contains("2 of 2 targets pass"), said);
        BatchFolders.assertSameBytes(a, b);
        assertTrue(Files.exists(b.resolve("firms-small.png")));
        assertEquals(provenanceButTimesAndCommand(a), provenanceButTimesAndCommand(b));

        Path c = tmp.resolve("val-retried");
        SparkEngine.failFirstAttempts = true;
        String retried = summary(new String[] {"validate", s.toString(), "--replications", "2", "--engine", "spark", "--master", "local[2,2]",
            "--out", c.toString()});
        assertEquals(said.replace(a.toString(), "OUT"), retried.replace(c.toString(), "OUT"));
        BatchFolders.assertSameBytes(a, c);
    }

    /** What validate printed, its running time left out; it must exit 0. */
    private static String summary(String[] args) {
        PrintStream old = System.out;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        try {
            assertEquals(0, Machikoba.execute(args));
        } finally {
            System.setOut(old);
        }
        return out.toString(StandardCharsets.UTF_8).replaceAll(", [0-9.]+ s\\)", ", T s)");
    }

    private static JsonNode provenanceButTimesAndCommand(Path dir) throws IOException {
        ObjectNode p = (ObjectNode) new ObjectMapper().readTree(dir.resolve(Provenance.FILE).toFile());
        p.remove(List.of("started", "ended", "command"));
        return p;
    }

    @Test
    void masterWithoutSparkIsRefusedBeforeAnythingIsWritten() {
        Path bad = tmp.resolve("bad");
        assertEquals(Machikoba.BAD_INPUT, Machikoba.execute(batch(bad, "--master", "local[2]")));
        assertTrue(Files.notExists(bad));
    }
}
