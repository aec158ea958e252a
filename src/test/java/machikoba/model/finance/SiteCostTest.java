package machikoba.model.finance;

import machikoba.experiment.SingleRun;
import machikoba.observe.Metric;
import machikoba.observe.YearlyChange;
import machikoba.scenario.Scenario;
import machikoba.scenario.ScenarioLoader;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A factory site costs its land price per employee [U-2009]; it acts as a cost, and costs close firms. */
class SiteCostTest {
    private static final Path SUMIDA = Path.of("scenarios/sumida.yaml");

    @Test
    void theSiteCostFollowsTheLandPriceIndexMonthByMonth() {
        Scenario s = ScenarioLoader.load(SUMIDA, Map.of("land.sitePerEmployee", "0.6",
                "land.path[0].index", "1.0", "land.path[1].index", "2.0"));
        assertEquals(0.6 / 12, SiteCost.perEmployeeMonthly(s, 1985, 1), 1e-12);
        assertEquals(0.6 * 1.5 / 12, SiteCost.perEmployeeMonthly(s, 1985, 7), 1e-12, "halfway to next year's index by July");
        assertEquals(0.6 * 2.0 / 12, SiteCost.perEmployeeMonthly(s, 1986, 1), 1e-12);
        assertEquals(0.6 * 2.0 / 12 * 8, SiteCost.monthly(8, SiteCost.perEmployeeMonthly(s, 1986, 1)), 1e-12, "per employee housed");
        Scenario ota = ScenarioLoader.load(Path.of("scenarios/ota.yaml"));
        assertEquals(0, SiteCost.perEmployeeMonthly(ota, 1990, 5), 0, "a district without a land block pays nothing for sites");
    }

    @Test
    void dearerSitesCloseMoreFactories() {
        double cheap = 0, dear = 0;
        for (long seed = 1; seed <= 2; seed++) {
            cheap += establishments(seed, "0.0");
            dear += establishments(seed, "0.6");
        }
        System.out.printf("establishments 1985-1992: sites free %.4f a year, at ¥0.6M per employee %.4f%n", cheap / 2, dear / 2);
        assertTrue(dear < cheap - 0.005, "a dearer site is a cost that closes factories: " + dear / 2 + " vs " + cheap / 2);
    }

    private static double establishments(long seed, String site) {
        Scenario s = ScenarioLoader.load(SUMIDA, Map.of("firms.count", "600", "land.sitePerEmployee", site));
        return YearlyChange.of(SingleRun.run(s, seed, 1992).rows(), Metric.ESTABLISHMENTS, 1985, 1992);
    }
}
