package machikoba.model;

import machikoba.experiment.Benchmark;
import machikoba.scenario.Scenario;
import machikoba.scenario.ScenarioLoader;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@link Invariants} hold after every month of small and full districts, on one thread and on
 * two; and the check does see a broken copy, a dead link left behind and a wrong tier.
 */
class InvariantsTest {
    private static int holdEveryMonth(Scenario s, long seed, int months, int threads) {
        District d = new District(seed, s);
        d.setWorkers(threads);
        d.start();
        Invariants.require(d);
        int m = 0;
        for (; m < months && d.schedule.getSteps() < s.period().months(); m++) {
            d.schedule.step(d);
            Invariants.require(d);
        }
        d.finish();
        return m;
    }

    @Test
    void aSmallDistrictKeepsThemEveryMonthOfThePeriod() {
        assertEquals(276, holdEveryMonth(Fixtures.smallOta(600), 4, 1000, 1));
    }

    @Test
    void fullOtaKeepsThemEveryMonthOnTwoThreads() {
        assertEquals(276, holdEveryMonth(ScenarioLoader.load(Path.of("scenarios/ota.yaml")), 2, 1000, 2));
    }

    @Test
    void kyotosNetworksKeepThem() {
        assertEquals(276, holdEveryMonth(ScenarioLoader.load(Path.of("scenarios/kyoto.yaml")), 3, 1000, 1));
    }

    @Test
    void aScaledNationalDistrictKeepsThemThroughTheCrisisYears() {
        holdEveryMonth(Benchmark.scaled(Path.of("scenarios/japan.yaml"), 20_000), 1, 12 * 15, 2);
    }

    @Test
    void theCheckSeesWhatIsBroken() {
        District d = Fixtures.district(300, 5);
        for (int m = 0; m < 14; m++) d.schedule.step(d);
        assertTrue(Invariants.check(d).isEmpty());

        Firm f = d.tier(3).get(0);
        SupplyLink l = f.customers().get(0);
        l.supplierSalesIs(f.salesEma() + 1);                    // a copy not kept
        List<String> v = Invariants.check(d);
        assertFalse(v.isEmpty());
        assertTrue(v.get(0).contains("keeps sales"), v.get(0));
        l.supplierSalesIs(f.salesEma());
        assertTrue(Invariants.check(d).isEmpty());

        Firm g = d.tier(4).get(1);
        d.exit(g, machikoba.model.life.ExitCause.OTHER);      // before the month's clean-up its links are dead
        assertTrue(Invariants.check(d).stream().anyMatch(s -> s.contains("exited")), "an exited firm still listed");
    }
}
