package machikoba.experiment;

import machikoba.scenario.ScenarioLoader;
import machikoba.observe.Metric;
import machikoba.observe.YearlyChange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Calibration must find a parameter again from the output it produced, and repeat exactly. */
class CalibrationTest {
    @TempDir Path tmp;

    private Path smallOta() throws IOException { return smallOta(tmp, 400); }

    /** Ota made small for tests: {@code firms} firms, 5 assemblers, 1985-1992, named "small", in dir. */
    static Path smallOta(Path dir, int firms) throws IOException {
        Path s = dir.resolve("small.yaml");
        Files.writeString(s, Files.readString(Path.of("scenarios/ota.yaml"))
                .replace("name: ota", "name: small").replace("  count: 8897 ", "  count: " + firms + " ")
                .replace("  count: 30  ", "  count: 5  ").replace("  end: 2007 ", "  end: 1992 ")
                .replaceAll("(?m)^  - \\{year: (199[3-9]|20[0-9][0-9]),.*\\n", ""));
        return s;
    }

    /**
     * Writes small.targets.yaml beside the scenario: one target, the firms' yearly change 1985-1992
     * that the model gives at the true entry rate (mean of seeds 1-2), as if observed.
     */
    static void targetFromEntryRate(Path dir, Path scenario, double truth) throws IOException {
        double observed = 0;
        for (long seed = 1; seed <= 2; seed++) {
            List<double[]> rows = SingleRun.run(ScenarioLoader.load(scenario, Map.of("entry.rate", Double.toString(truth))), seed, null).rows();
            observed += YearlyChange.of(rows, Metric.FIRMS, 1985, 1992) / 2;
        }
        Files.writeString(dir.resolve("small.targets.yaml"), String.format(Locale.ROOT, """
                scenario: small
                targets:
                  - {name: firms_change, kind: yearly_change, column: firms, from: 1985, to: 1992, observed: %.8f, tolerance: 0.002, source: test}
                """, observed));
    }

    @Test
    void recoversTheEntryRateThatMadeTheTarget() throws IOException {
        Path s = smallOta();
        double truth = 0.12;
        targetFromEntryRate(tmp, s, truth);
        List<Calibration.Param> p = List.of(new Calibration.Param("entry.rate", 0.0, 0.3));
        Calibration.Result r = Calibration.run(s, p, 2, 24, 2, 1, tmp.resolve("cal"));
        assertEquals(truth, r.best().get("entry.rate"), 0.04, "found " + r.best());
        // the loss is not smooth: another entry rate draws other entrants, so the exact point is not found, only its neighbourhood
        assertTrue(r.loss() < 9, "within three tolerances: loss " + r.loss());
        String log = Files.readString(tmp.resolve("cal/calibration.csv"));
        assertEquals(r.evaluations() + 1, log.lines().count(), "every evaluation is logged");

        Calibration.run(s, p, 2, 24, 1, 1, tmp.resolve("again"));
        assertEquals(log, Files.readString(tmp.resolve("again/calibration.csv")), "same seed, same calibration, any thread count");
    }

    /** A parameter prefixed with a scenario's name is set there only; one without, in every scenario. */
    @Test
    void sharedAndScenarioParametersTogether() throws IOException {
        Path a = smallOta();
        Path b = tmp.resolve("other.yaml");
        Files.writeString(b, Files.readString(a).replace("name: small", "name: other"));
        double truthA = 0.12, truthB = 0.02;
        String targets = """
                scenario: %s
                targets:
                  - {name: firms_change, kind: yearly_change, column: firms, from: 1985, to: 1992, observed: %.8f, tolerance: 0.002, source: test}
                """;
        for (Object[] x : new Object[][] {{a, "small", truthA}, {b, "other", truthB}}) {
            double observed = 0;
            for (long seed = 1; seed <= 2; seed++) {
                List<double[]> rows = SingleRun.run(ScenarioLoader.load((Path) x[0], Map.of("entry.rate", Double.toString((double) x[2]))), seed, null).rows();
                observed += YearlyChange.of(rows, Metric.FIRMS, 1985, 1992) / 2;
            }
            Files.writeString(tmp.resolve(x[1] + ".targets.yaml"), String.format(Locale.ROOT, targets, x[1], observed));
        }
        // one shared rate cannot make both targets; one per scenario can
        List<Calibration.Param> perScenario = List.of(new Calibration.Param("small/entry.rate", 0.0, 0.3),
                new Calibration.Param("other/entry.rate", 0.0, 0.3));
        Calibration.Result r = Calibration.run(List.of(a, b), perScenario, List.of(), 2, 40, 2, 1, tmp.resolve("two"));
        assertEquals(truthA, r.best().get("small/entry.rate"), 0.04, "found " + r.best());
        assertEquals(truthB, r.best().get("other/entry.rate"), 0.04, "found " + r.best());
        Calibration.Result shared = Calibration.run(List.of(a, b), List.of(new Calibration.Param("entry.rate", 0.0, 0.3)),
                List.of(), 2, 16, 2, 1, tmp.resolve("shared"));
        assertTrue(shared.loss() > r.loss(), "a shared rate fits two different districts worse: " + shared.loss() + " vs " + r.loss());
    }
}
