package machikoba.observe;

import machikoba.model.District;
import machikoba.model.Firm;
import machikoba.scenario.ScenarioLoader;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The observer counts what the model did; it must agree with the firms themselves. */
class ObserverTest {
    @Test
    void countsAgreeWithTheFirmsAndTheMonthsEvents() {
        District d = new District(3, ScenarioLoader.load(Path.of("scenarios/ota.yaml"), Map.of("firms.count", "400")));
        d.start();
        Observer o = new Observer().attach(d);
        int alivePrevious = 400;
        for (int m = 0; m < 36; m++) {
            d.schedule.step(d);
            double[] row = o.last();
            long alive = d.firms().stream().filter(Firm::alive).count();
            assertEquals(alive, (long) Metric.FIRMS.of(row));
            assertEquals(m, (int) Metric.STEP.of(row));
            assertEquals(m % 12 + 1, (int) Metric.MONTH.of(row));
            double exits = Metric.EXITS.of(row);
            assertEquals(exits, Metric.EXITS_INSOLVENCY.of(row) + Metric.EXITS_NO_SUCCESSOR.of(row)
                    + Metric.EXITS_LOST_PARENT.of(row) + Metric.EXITS_OTHER.of(row));
            assertEquals(alivePrevious - exits + Metric.ENTRIES.of(row), alive, "stock-flow identity");
            alivePrevious = (int) alive;
        }
    }

    /** Labelled against active members, and the census's size classes, as the firms report them (Ota after 1990, O-net there). */
    @Test
    void memberSharesAndSizeClassesAgreeWithTheFirms() {
        District d = new District(5, ScenarioLoader.load(Path.of("scenarios/ota.yaml"), Map.of("firms.count", "600")));
        d.start();
        Observer o = new Observer().attach(d);
        while (d.year() < 1997) d.schedule.step(d);
        double[] row = o.last();
        int labelled = 0, active = 0, several = 0, activeInSeveral = 0, small = 0, medium = 0, large = 0;
        for (Firm f : d.firms()) {
            if (!f.alive()) continue;
            int l = f.networkingOrNone().memberships().size(), a = f.networkingOrNone().activeCount(), e = f.employees();
            if (l > 0) labelled++;
            if (l > 0 && a > 0) active++;
            if (l > 1) several++;
            if (l > 1 && a > 1) activeInSeveral++;
            if (e >= 4 && e < 30) small++;
            if (e >= 30 && e < 100) medium++;
            if (e >= 100 && e < 300) large++;
        }
        assertTrue(labelled > 0 && several > 0, "O-net and the coordinator groups label firms by 1997");
        assertEquals((double) active / labelled, Metric.MEMBER_ACTIVE_SHARE.of(row), 1e-12);
        assertEquals((double) activeInSeveral / several, Metric.MULTI_MEMBER_MULTI_ACTIVE_SHARE.of(row), 1e-12);
        assertEquals(small, (int) Metric.ESTABLISHMENTS_4_29.of(row));
        assertEquals(medium, (int) Metric.ESTABLISHMENTS_30_99.of(row));
        assertEquals(large, (int) Metric.ESTABLISHMENTS_100_299.of(row));
    }
}
