package machikoba.experiment;

import machikoba.Machikoba;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * A batch killed with kill -9 (destroyForcibly) part-way and started again with the same
 * command runs only the missing runs and ends with the same bytes as a batch never killed.
 */
class BatchResumeTest {
    static final int RUNS = 16;

    static List<String> args(Path out) {
        return List.of("batch", "scenarios/ota.yaml", "--set", "firms.count=400", "--until", "1995",
                "--replications", Integer.toString(RUNS), "--threads", "1", "--out", out.toString());
    }

    static long finished(Path out) throws Exception {
        Path runs = out.resolve("runs");
        if (!Files.isDirectory(runs)) return 0;
        try (Stream<Path> s = Files.list(runs)) {
            return s.filter(p -> p.getFileName().toString().endsWith(".metrics.csv")).count();
        }
    }

    @Test
    void killedBatchResumesWithOnlyTheMissingRunsAndTheSameBytes(@TempDir Path tmp) throws Exception {
        Path killed = tmp.resolve("killed"), whole = tmp.resolve("whole");
        List<String> cmd = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx1g", "-Djava.awt.headless=true",
                "-cp", System.getProperty("java.class.path"), Machikoba.class.getName()));
        cmd.addAll(args(killed));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true)
                .redirectOutput(tmp.resolve("first.log").toFile()).start();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (finished(killed) < 3) {
            if (!p.isAlive()) fail("the batch ended before it could be killed: " + Files.readString(tmp.resolve("first.log")));
            if (System.nanoTime() > deadline) { p.destroyForcibly(); fail("no runs finished within 120 s"); }
            Thread.sleep(20);
        }
        p.destroyForcibly().waitFor();
        long before = finished(killed);
        assertTrue(before >= 3 && before < RUNS, "killed part-way: " + before + " of " + RUNS);
        assertTrue(!Files.exists(killed.resolve("runs.csv")), "merged files are made only at the end");

        Map<Path, FileTime> done = new LinkedHashMap<>();
        try (Stream<Path> s = Files.list(killed.resolve("runs"))) {
            for (Path f : (Iterable<Path>) s::iterator) if (f.toString().endsWith(".metrics.csv")) done.put(f, Files.getLastModifiedTime(f));
        }

        PrintStream stdout = System.out;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        int status;
        try {
            System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
            status = Machikoba.execute(args(killed).toArray(String[]::new));
        } finally {
            System.setOut(stdout);
        }
        assertEquals(0, status);
        String log = captured.toString(StandardCharsets.UTF_8);
        assertTrue(log.contains((RUNS - before) + " made now, " + before + " found done"), log);
        for (Map.Entry<Path, FileTime> e : done.entrySet()) {
            assertEquals(e.getValue(), Files.getLastModifiedTime(e.getKey()), "finished run redone: " + e.getKey());
        }
        try (Stream<Path> s = Files.walk(killed)) {
            assertTrue(s.noneMatch(f -> f.toString().contains(AtomicFile.PARTIAL)), "no temporary files left");
        }

        assertEquals(0, Machikoba.execute(args(whole).toArray(String[]::new)));
        BatchFolders.assertSameBytes(whole, killed);
        assertTrue(new File(killed.toFile(), "timeseries.csv").length() > 0);
    }
}
