package machikoba.observe;

import machikoba.model.District;
import machikoba.model.Firm;
import machikoba.scenario.ScenarioLoader;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

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
            long alive = d.firms().stream().filter(Firm::isAlive).count();
            assertEquals(alive, (long) row[Observer.column("firms")]);
            assertEquals(m, (int) row[Observer.column("step")]);
            assertEquals(m % 12 + 1, (int) row[Observer.column("month")]);
            double exits = row[Observer.column("exits")];
            assertEquals(exits, row[Observer.column("exits_insolvency")] + row[Observer.column("exits_no_successor")]
                    + row[Observer.column("exits_lost_parent")] + row[Observer.column("exits_other")]);
            assertEquals(alivePrevious - exits + row[Observer.column("entries")], alive, "stock-flow identity");
            alivePrevious = (int) alive;
        }
    }
}
