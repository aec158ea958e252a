package machikoba.model;

import machikoba.scenario.Scenario;
import machikoba.scenario.ScenarioLoader;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The assemblers' orders' trend grows through its last year and holds its level after it; absent, it grows to the end. */
class DemandTrendTest {
    private static final Path JAPAN = Path.of("scenarios/japan.yaml"), OTA = Path.of("scenarios/ota.yaml");

    private static double trendIn(Scenario s, int year, int month) {
        Macro m = new Macro(s);
        m.update(year, month);
        Scenario.MacroYear first = s.macro().get(0), now = s.macroFor(year);
        // what the trend multiplies: the path's own demand less in-house, relative to the start
        double path = now.demand() * (1 - now.inhouse()) / (first.demand() * (1 - first.inhouse()));
        return m.domesticDemand() / path;
    }

    @Test
    void theTrendGrowsThroughItsLastYearThenHolds() {
        Scenario s = ScenarioLoader.load(JAPAN, Map.of("assemblers.demandGrowth", "0.05", "assemblers.demandGrowthUntil", "1997"));
        assertEquals(Math.pow(1.05, 12), trendIn(s, 1997, 1), 1e-12);
        assertEquals(Math.pow(1.05, 13), trendIn(s, 1998, 1), 1e-12, "1997's growth is in");
        assertEquals(Math.pow(1.05, 13), trendIn(s, 2005, 1), 1e-12, "and nothing after it");
    }

    @Test
    void absentItGrowsToTheEndOfThePeriod() {
        Scenario s = ScenarioLoader.load(OTA, Map.of("assemblers.demandGrowth", "0.05")); // Ota's file has no last year
        assertEquals(s.period().end(), s.assemblers().demandGrowthUntil(), 0);
        assertEquals(Math.pow(1.05, 2007 - 1985), trendIn(s, 2007, 1), 1e-12);
    }

    @Test
    void aLastYearBeforeThePeriodIsRefusedByName() {
        machikoba.scenario.ScenarioError e = assertThrows(machikoba.scenario.ScenarioError.class,
                () -> ScenarioLoader.load(JAPAN, Map.of("assemblers.demandGrowthUntil", "1980")));
        assertTrue(e.toString().contains("assemblers.demandGrowthUntil: expected a value from 1985 to 2007, got 1980"), e.toString());
    }
}
