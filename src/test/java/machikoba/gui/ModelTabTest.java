package machikoba.gui;

import machikoba.model.District;

import machikoba.scenario.ScenarioLoader;
import org.junit.jupiter.api.Test;
import sim.util.Interval;
import sim.util.Properties;

import java.nio.file.Path;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The Console's Model tab inspects the District: its levers are writable sliders that act on the running model. */
class ModelTabTest {

    @Test
    void leversAreSlidersOnTheDistrict() {
        District d = new District(1, ScenarioLoader.load(Path.of("scenarios/ota.yaml"), Map.of("firms.count", "200")));
        DistrictWithUI gui = new DistrictWithUI(d);
        assertSame(d, gui.getSimulationInspectedObject());
        Properties p = Properties.getProperties(gui.getSimulationInspectedObject());
        for (String lever : new String[] {"CostDownRate", "ExtraPaymentDelay", "CreditTightnessShift"}) {
            int i = index(p, lever);
            assertTrue(i >= 0, lever + " is not in the Model tab");
            assertTrue(p.isReadWrite(i), lever + " cannot be changed");
            assertInstanceOf(Interval.class, p.getDomain(i), lever + " has no slider range");
        }
        for (String lever : new String[] {"LocalNetworkSupport", "NetworkAgeLimit"}) {
            int i = index(p, lever);
            assertTrue(i >= 0 && p.isReadWrite(i), lever + " is not a writable lever in the Model tab");
            assertInstanceOf(Interval.class, p.getDomain(i), lever + " has no slider range");
        }
        int topDown = index(p, "TopDownNetworks");
        assertTrue(topDown >= 0 && p.isReadWrite(topDown), "TopDownNetworks is not a checkbox in the Model tab");
        assertEquals(Boolean.TYPE, p.getType(topDown));
        p.setValue(topDown, "false");
        assertEquals(false, d.getTopDownNetworks());
        int rate = index(p, "CostDownRate");
        p.setValue(rate, "0.0");
        assertEquals(0.0, d.getCostDownRate());
    }

    private static int index(Properties p, String name) {
        for (int i = 0; i < p.numProperties(); i++) if (p.getName(i).equals(name)) return i;
        return -1;
    }
}
