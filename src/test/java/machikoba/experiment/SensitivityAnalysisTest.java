package machikoba.experiment;

import machikoba.Machikoba;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The sensitivity command end to end on a tiny district: design runs, ranking files, bad input. */
class SensitivityAnalysisTest {
    @Test
    void morrisOnATinyDistrictWritesARankingPerMetric(@TempDir Path tmp) throws Exception {
        Path out = tmp.resolve("s");
        assertEquals(0, Machikoba.execute("sensitivity", "scenarios/ota.yaml", "--method", "morris", "--set", "firms.count=300",
                "--until", "1986", "--param", "assemblers.costDown.rate=0.01:0.04", "--param", "owners.meanAge=45:60",
                "--samples", "2", "--metric", "firms", "--metric", "price_index", "--threads", "2", "--out", out.toString()));
        List<String> csv = Files.readAllLines(out.resolve("sensitivity.csv"));
        assertEquals("method,metric,rank,parameter,low,high,mu,mu_star,sigma", csv.get(0));
        assertEquals(1 + 2 * 2, csv.size());
        // 2 trajectories x (2 + 1) points; whole-number parameters get whole values
        List<String> runs = Files.readAllLines(out.resolve("runs.csv"));
        assertEquals(1 + 6, runs.size());
        for (String r : runs.subList(1, runs.size())) assertFalse(r.split(",")[6].contains("."), r);
        assertTrue(Files.readString(out.resolve("sensitivity.md")).contains("## price_index"));
        assertTrue(Files.exists(out.resolve("figures/sensitivity_firms.png")));
    }

    @Test
    void wholeNumberParametersAreRounded() {
        SensitivityParameter age = SensitivityParameter.parse(Path.of("scenarios/ota.yaml"), "owners.meanAge=45:60");
        assertTrue(age.whole());
        assertEquals("50", age.valueAt(1 / 3.0));
        SensitivityParameter rate = SensitivityParameter.parse(Path.of("scenarios/ota.yaml"), "entry.rate=0.01:0.04");
        assertFalse(rate.whole());
        assertEquals("0.02", rate.valueAt(1 / 3.0));
    }

    @Test
    void unknownParameterOrMetricExitsWithStatusTwo(@TempDir Path tmp) {
        assertEquals(Machikoba.BAD_INPUT, Machikoba.execute("sensitivity", "scenarios/ota.yaml", "--param", "nope.x=1:2",
                "--param", "entry.rate=0.01:0.04", "--samples", "4", "--out", tmp.resolve("a").toString()));
        assertEquals(Machikoba.BAD_INPUT, Machikoba.execute("sensitivity", "scenarios/ota.yaml", "--param", "firms.count=100:200",
                "--param", "entry.rate=0.01:0.04", "--samples", "4", "--metric", "bogus", "--out", tmp.resolve("b").toString()));
        assertFalse(Files.exists(tmp.resolve("a")));
        assertFalse(Files.exists(tmp.resolve("b")));
    }
}
