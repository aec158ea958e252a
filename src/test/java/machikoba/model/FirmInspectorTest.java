package machikoba.model;

import org.junit.jupiter.api.Test;
import sim.util.Properties;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** MASON's inspector, given a firm, shows its inspector's read-only properties, not the firm's methods. */
class FirmInspectorTest {
    @Test
    void theConsoleInspectsAFirmThroughItsProxy() {
        District d = Fixtures.district(200, 2);
        for (int m = 0; m < 3; m++) d.schedule.step(d);
        Firm f = d.tier(3).get(0);
        Properties p = Properties.getProperties(f);
        List<String> names = new ArrayList<>();
        for (int i = 0; i < p.numProperties(); i++) {
            names.add(p.getName(i));
            assertTrue(p.isReadWrite(i) == false, p.getName(i) + " must be read only");
        }
        assertTrue(names.contains("TopCustomerShare") && names.contains("Customers") && names.contains("Cash"), names.toString());
        assertEquals(f.topShare(), (Double) p.getValue(names.indexOf("TopCustomerShare")), 0);
    }
}
