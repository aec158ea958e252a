package machikoba.experiment;

import machikoba.Machikoba;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A policy comparison runs every variant on the baseline's seeds: a variant that changes nothing
 * differs by exactly zero, and pairing narrows the intervals against treating the same runs as
 * independent samples. Its folder resumes and is the same on any number of threads.
 */
class ComparisonTest {
    static final Path OTA = Path.of("scenarios/ota.yaml");
    static final Map<String, String> SMALL = Map.of("firms.count", "300", "assemblers.count", "5");

    @Test
    void aVariantIdenticalToTheBaselineDiffersByExactlyZero(@TempDir Path out) throws Exception {
        // the identical variant sets a value to what the file already says
        double rate = machikoba.scenario.ScenarioLoader.load(OTA).entry().rate();
        Comparison c = new Comparison(OTA, SMALL, List.of(Comparison.parseVariant("same:entry.rate=" + rate)), 3, 1, 1988, null);
        c.run(out, 1, new Progress(new PrintStream(java.io.OutputStream.nullOutputStream()), false, "test"));
        List<Comparison.Row> rows = c.rows(out);
        assertFalse(rows.isEmpty());
        for (Comparison.Row r : rows) {
            assertEquals(0.0, r.diff().difference(), r.metric() + " " + r.yearTo());
            assertEquals(0.0, r.diff().ciLow());
            assertEquals(0.0, r.diff().ciHigh());
        }
    }

    @Test
    void pairedIntervalsAreNarrowerThanIndependentOnesOnTheSameRuns(@TempDir Path out) throws Exception {
        Comparison c = new Comparison(OTA, SMALL, List.of(Comparison.parseVariant(
                "cap:policy.subcontractingRules.noteDelayCapMonths=1,policy.subcontractingRules.banCutsAfterAgreement=true")),
                6, 1, 1990, null);
        c.run(out, 1, new Progress(new PrintStream(java.io.OutputStream.nullOutputStream()), false, "test"));
        int narrower = 0, compared = 0;
        for (Comparison.Row r : c.rows(out)) {
            if (!r.window() || r.diff().independentWidth() == 0) continue;
            compared++;
            if (r.diff().pairedWidth() < r.diff().independentWidth()) narrower++;
        }
        assertTrue(compared >= 5 && narrower > compared / 2, narrower + " of " + compared + " window rows narrower when paired");
    }

    @Test
    void theSameFilesOnOneOrTwoThreadsAndAResumeRunsNothing(@TempDir Path tmp) throws Exception {
        String[] a = args(tmp.resolve("one"), "1"), b = args(tmp.resolve("two"), "2");
        assertEquals(0, Machikoba.execute(a));
        assertEquals(0, Machikoba.execute(b));
        for (String f : new String[] {"comparison.csv", "comparison.md"}) {
            assertArrayEquals(Files.readAllBytes(tmp.resolve("one").resolve(f)), Files.readAllBytes(tmp.resolve("two").resolve(f)), f);
        }
        Path kept = BatchRunner.runsDir(tmp.resolve("one")).resolve("run-000000.years.csv");
        long stamp = Files.getLastModifiedTime(kept).toMillis();
        Thread.sleep(20);
        assertEquals(0, Machikoba.execute(a));
        assertEquals(stamp, Files.getLastModifiedTime(kept).toMillis(), "a finished run is not run again");
        assertTrue(Files.exists(tmp.resolve("one").resolve("figures").resolve("difference-firms.png")));
    }

    @Test
    void aBadVariantStopsWithOneLineAndExitTwoBeforeAnyRun(@TempDir Path tmp) {
        for (String bad : new String[] {"x:policy.salespersons.visitsPerYear=-3", "x:policy.nope=1", "novalue", "baseline:entry.rate=0.01"}) {
            Path out = tmp.resolve("out");
            ByteArrayOutputStream err = new ByteArrayOutputStream();
            PrintStream old = System.err;
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            int status;
            try {
                status = Machikoba.execute("compare", OTA.toString(), "--set", "firms.count=300", "--until", "1986",
                        "--replications", "2", "--variant", "ok:entry.rate=0.02", "--variant", bad, "--out", out.toString());
            } finally {
                System.setErr(old);
            }
            String msg = err.toString(StandardCharsets.UTF_8).strip();
            assertEquals(2, status, bad + ": " + msg);
            assertEquals(1, msg.lines().count(), msg);
            assertTrue(msg.startsWith("machikoba: ") && msg.contains("expected"), msg);
            assertFalse(Files.exists(out), "nothing written for " + bad);
        }
    }

    private static String[] args(Path out, String threads) {
        return new String[] {"compare", OTA.toString(), "--set", "firms.count=300", "--set", "assemblers.count=5", "--until", "1987",
                "--replications", "2", "--variant", "rules:policy.subcontractingRules.noteDelayCapMonths=1",
                "--variant", "plaza:policy.plaza.size=40", "--threads", threads, "--out", out.toString()};
    }
}
