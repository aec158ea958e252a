package machikoba.experiment;

import machikoba.observe.Metric;
import machikoba.observe.YearlyChange;
import machikoba.scenario.ScenarioLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** ABC must cover the parameter that made its target, repeat byte for byte, and resume from its runs. */
class AbcCalibrationTest {
    @TempDir Path tmp;

    @Test
    void theCredibleIntervalCoversTheEntryRateThatMadeTheTarget() throws IOException {
        Path s = CalibrationTest.smallOta(tmp, 200);
        double truth = 0.12;
        // the "observed" figure: one run at the true entry rate, with a seed no simulation uses
        List<double[]> rows = SingleRun.run(ScenarioLoader.load(s, Map.of("entry.rate", Double.toString(truth))), 777, 1990).rows();
        double observed = YearlyChange.of(rows, Metric.FIRMS, 1985, 1990);
        Files.writeString(tmp.resolve("small.targets.yaml"), String.format(Locale.ROOT, """
                scenario: small
                targets:
                  - {name: firms_change, kind: yearly_change, column: firms, from: 1985, to: 1990, observed: %.8f, tolerance: 0.01, source: test}
                """, observed));
        List<Calibration.Param> p = List.of(new Calibration.Param("entry.rate", 0.0, 0.3));
        Path out = tmp.resolve("abc");
        Abc.Result r = Abc.run(s, p, Map.of(), List.of(), 60, 0.25, 1990, 2, 1, out, Progress.none());
        double[] post = r.summaries().get("entry.rate");
        assertEquals(15, r.accepted());
        assertEquals(60, r.ranNow());
        assertTrue(post[2] <= truth && truth <= post[3], "95% credible interval " + post[2] + " to " + post[3] + " covers " + truth);
        assertTrue(post[3] - post[2] < 0.5 * 0.3, "narrower than half the prior: " + post[2] + " to " + post[3]);
        for (String f : List.of("posterior.csv", "abc.md", "posterior.png", "posterior.svg")) assertTrue(Files.size(out.resolve(f)) > 0, f);
        assertEquals(16, Files.readAllLines(out.resolve("posterior.csv")).size(), "a header and the kept samples");

        // the same command again in the same folder: every run is reused, the posterior is the same bytes
        String csv = Files.readString(out.resolve("posterior.csv")), md = Files.readString(out.resolve("abc.md"));
        byte[] svg = Files.readAllBytes(out.resolve("posterior.svg"));
        Abc.Result again = Abc.run(s, p, Map.of(), List.of(), 60, 0.25, 1990, 1, 1, out, Progress.none());
        assertEquals(0, again.ranNow(), "a rerun reuses the kept simulations");
        assertEquals(csv, Files.readString(out.resolve("posterior.csv")));
        assertEquals(md, Files.readString(out.resolve("abc.md")));
        assertArrayEquals(svg, Files.readAllBytes(out.resolve("posterior.svg")));
    }
}
