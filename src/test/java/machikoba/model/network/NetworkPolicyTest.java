package machikoba.model.network;

import machikoba.model.District;
import machikoba.model.Fixtures;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The policy levers: top-down creation on or off, local support, an age limit for every network; also GUI sliders. */
class NetworkPolicyTest {
    static boolean founded(District d, String name) {
        return d.networks().stream().anyMatch(n -> n.getName().startsWith(name));
    }

    static void runTo(District d, int year) {
        while (d.year() <= year) d.schedule.step(d); // through December of that year
    }

    @Test
    void withoutTopDownCreationNoOnetAndNoPlatforms() {
        District on = Fixtures.district(300, 1), off = Fixtures.district(300, 1, "networkPolicy.topDown", "false");
        runTo(on, 1999);
        runTo(off, 1999);
        assertTrue(founded(on, "O-net") && founded(on, "Regional platform"));
        assertFalse(founded(off, "O-net") || founded(off, "Regional platform"));
        assertTrue(founded(off, "Parent subcontractor group"), "networks that were there at the start stay");
    }

    @Test
    void theLeversAreBeanPropertiesWithRanges() {
        District d = Fixtures.district(50, 1);
        d.setTopDownNetworks(false);
        assertFalse(d.getTopDownNetworks());
        d.setLocalNetworkSupport(2);
        assertEquals(1, d.getLocalNetworkSupport(), 0);
        d.setNetworkAgeLimit(45);
        assertEquals(45, d.getNetworkAgeLimit());
        d.setNetworkAgeLimit(-3);
        assertEquals(0, d.getNetworkAgeLimit());
        assertTrue(d.domLocalNetworkSupport() instanceof sim.util.Interval);
        assertTrue(d.domNetworkAgeLimit() instanceof sim.util.Interval);
        // what the Console's Model tab reads: MASON's bean properties with their domains
        sim.util.Properties p = new sim.util.SimpleProperties(d);
        java.util.Map<String, Integer> index = new java.util.HashMap<>();
        for (int i = 0; i < p.numProperties(); i++) index.put(p.getName(i), i);
        assertEquals(Boolean.TYPE, p.getType(index.get("TopDownNetworks")));
        assertTrue(p.getDomain(index.get("LocalNetworkSupport")) instanceof sim.util.Interval);
        assertTrue(p.getDomain(index.get("NetworkAgeLimit")) instanceof sim.util.Interval);
        assertTrue(p.isReadWrite(index.get("LocalNetworkSupport")));
    }

    @Test
    void anAgeLimitForEveryNetworkKeepsOlderOwnersOut() {
        District d = Fixtures.district(600, 1, "networkPolicy.ageLimit", "45");
        runTo(d, 1991);
        for (HorizontalNetwork n : d.networks())
            for (Membership m : n.members()) if (m.isCurrent()) assertTrue(m.firm().ownerAge() <= 46, n + ": " + m.firm().ownerAge());
    }
}
