package machikoba.gui;

import machikoba.model.District;
import machikoba.model.Firm;
import machikoba.scenario.ScenarioLoader;
import org.junit.jupiter.api.Test;
import sim.util.Interval;
import sim.util.Properties;

import java.nio.file.Path;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The policy levers a student would want are in the Model tab, and one switched on while the model runs acts from that year. */
class PolicyLeversTabTest {

    @Test
    void policyLeversAreWritableInTheModelTab() {
        District d = new District(1, ScenarioLoader.load(Path.of("scenarios/ota.yaml"), Map.of("firms.count", "200")));
        Properties p = Properties.getProperties(new DistrictWithUI(d).getSimulationInspectedObject());
        for (String lever : new String[] {"SalespersonVisits", "KeyPersonVisits", "LiaisonProjects", "NoteDelayCap"}) {
            int i = index(p, lever);
            assertTrue(i >= 0 && p.isReadWrite(i), lever + " is not a writable lever in the Model tab");
            assertInstanceOf(Interval.class, p.getDomain(i), lever + " has no slider range");
        }
        for (String box : new String[] {"LiaisonForTownFactories", "BanCutsAfterAgreement"}) {
            int i = index(p, box);
            assertTrue(i >= 0 && p.isReadWrite(i), box + " is not a checkbox in the Model tab");
            assertEquals(Boolean.TYPE, p.getType(i));
        }
        assertTrue(index(p, "PublicCost") >= 0, "what the levers spent is shown");
    }

    @Test
    void salespersonsSwitchedOnWhileRunningVisitFirmsThatYear() {
        District d = new District(1, ScenarioLoader.load(Path.of("scenarios/ota.yaml"), Map.of("firms.count", "200", "assemblers.count", "5")));
        d.start();
        d.setSalespersonVisits(100);
        while (d.month() != 1 || d.step() == 0) d.schedule.step(d);
        double knowledge = 0;
        for (Firm f : d.firms()) knowledge += f.networkingOrNone().knowledge();
        assertTrue(d.getPublicCost() > 0, "the visits of 1985 were paid");
        assertTrue(knowledge > 5, "and told firms what they did not know: " + knowledge);
    }

    private static int index(Properties p, String name) {
        for (int i = 0; i < p.numProperties(); i++) if (p.getName(i).equals(name)) return i;
        return -1;
    }
}
