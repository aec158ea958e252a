package machikoba.experiment;

import machikoba.Machikoba;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A batch gives the same bytes in every file whatever the number of threads. */
class BatchDeterminismTest {
    static String[] command(Path out, int threads) {
        return new String[] {"batch", "scenarios/ota.yaml", "--set", "firms.count=300", "--until", "1987",
            "--replications", "3", "--sweep", "assemblers.costDown.rate=0.01,0.03", "--threads", Integer.toString(threads),
            "--out", out.toString()};
    }

    @Test
    void oneAndTwoThreadsWriteIdenticalFiles(@TempDir Path tmp) throws Exception {
        Path one = tmp.resolve("one"), two = tmp.resolve("two");
        assertEquals(0, Machikoba.execute(command(one, 1)));
        assertEquals(0, Machikoba.execute(command(two, 2)));
        BatchFolders.assertSameBytes(one, two);

        // and the runs are really different runs: 6 distinct seeds, 6 rows in runs.csv
        List<String> runs = Files.readAllLines(one.resolve("runs.csv"));
        assertEquals(7, runs.size());
        assertEquals(6, runs.stream().skip(1).map(l -> l.split(",")[3]).distinct().count());
        assertTrue(Files.exists(one.resolve("figures/fan_firms_point-0001.png")));
        assertTrue(Files.exists(one.resolve("figures/sweep_assemblers.costDown.rate_firms.svg")));
        // 2 points x 3 years x 15 metrics + header
        assertEquals(1 + 2 * 3 * BatchOutputs.SUMMARY_METRICS.size(), Files.readAllLines(one.resolve("summary.csv")).size());
        // 6 runs x 36 months + header
        assertEquals(1 + 6 * 36, Files.readAllLines(one.resolve("timeseries.csv")).size());
    }

    @Test
    void aRunOfTheBatchIsReproducedByRunWithItsRecordedSeed(@TempDir Path tmp) throws Exception {
        Path b = tmp.resolve("b");
        assertEquals(0, Machikoba.execute("batch", "scenarios/ota.yaml", "--set", "firms.count=300", "--until", "1986",
                "--replications", "2", "--seed", "9", "--threads", "1", "--no-figures", "--out", b.toString()));
        String[] row = Files.readAllLines(b.resolve("runs.csv")).get(2).split(",");
        long seed = Long.parseLong(row[3]);
        var scenario = machikoba.scenario.ScenarioLoader.load(Path.of("scenarios/ota.yaml"), java.util.Map.of("firms.count", "300"));
        var single = SingleRun.run(scenario, seed, 1986);
        double[] m = RunMetrics.of(single.rows());
        assertEquals(Numbers.format(m[0]), row[5], "final firms of run 1 equal a single run with its seed");
        assertEquals(Numbers.format(m[RunMetrics.index("price_index")]), row[5 + RunMetrics.index("price_index")]);
    }

    @Test
    void badPathOrValueExitsWithStatusTwoAndWritesNothing(@TempDir Path tmp) {
        Path out = tmp.resolve("bad");
        assertEquals(Machikoba.BAD_INPUT, Machikoba.execute("batch", "scenarios/ota.yaml", "--sweep", "firms.cuont=100,200",
                "--out", out.toString()));
        assertEquals(Machikoba.BAD_INPUT, Machikoba.execute("batch", "scenarios/ota.yaml", "--set", "firms.count=abc",
                "--out", out.toString()));
        assertEquals(Machikoba.BAD_INPUT, Machikoba.execute("batch", "scenarios/ota.yaml", "--sweep", "firms.count=-5,300",
                "--out", out.toString()));
        assertFalse(Files.exists(out));
    }

    @Test
    void refusesToResumeIntoAFolderOfAnotherCommand(@TempDir Path tmp) throws Exception {
        Path out = tmp.resolve("b");
        assertEquals(0, Machikoba.execute("batch", "scenarios/ota.yaml", "--set", "firms.count=300", "--until", "1985",
                "--no-figures", "--out", out.toString()));
        String runs = Files.readString(out.resolve("runs.csv"));
        assertEquals(Machikoba.BAD_INPUT, Machikoba.execute("batch", "scenarios/ota.yaml", "--set", "firms.count=301",
                "--until", "1985", "--no-figures", "--out", out.toString()));
        assertEquals(runs, Files.readString(out.resolve("runs.csv")), "earlier outputs untouched");
        // a folder that is not a batch folder is refused too
        Path other = Files.createDirectories(tmp.resolve("other"));
        Files.writeString(other.resolve("notes.txt"), "mine");
        assertEquals(Machikoba.BAD_INPUT, Machikoba.execute("batch", "scenarios/ota.yaml", "--set", "firms.count=300",
                "--until", "1985", "--out", other.toString()));
        assertNotEquals(0, Files.size(other.resolve("notes.txt")));
    }
}
