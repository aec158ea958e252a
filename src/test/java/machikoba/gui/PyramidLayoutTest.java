package machikoba.gui;

import machikoba.model.District;
import machikoba.model.Firm;
import machikoba.model.SupplyLink;

import machikoba.observe.Observer;
import machikoba.scenario.Scenario;
import machikoba.scenario.ScenarioLoader;
import org.junit.jupiter.api.Test;
import sim.util.Double2D;

import java.nio.file.Path;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PyramidLayoutTest {
    private static final Scenario SMALL = ScenarioLoader.load(Path.of("scenarios/ota.yaml"), Map.of("firms.count", "400"));

    @Test
    void firmsSitInTheirTierBandBelowTheirMainCustomer() {
        District d = new District(3, SMALL);
        d.start();
        PyramidLayout layout = new PyramidLayout(new Selection());
        layout.reset(d);
        for (int m = 0; m < 12; m++) {
            d.schedule.step(d);
            layout.step(d);
        }
        int placed = 0;
        for (int tier = 2; tier <= 4; tier++) {
            for (Firm f : d.tier(tier)) {
                Double2D at = layout.field.getObjectLocation(f);
                assertNotNull(at, f + " is not on the display");
                assertTrue(at.x >= PyramidLayout.LEFT && at.x <= PyramidLayout.RIGHT, f + " outside the pyramid: " + at);
                for (SupplyLink l : f.customers()) {
                    Double2D buyer = layout.field.getObjectLocation(l.buyer());
                    if (buyer != null && l.buyer() instanceof Firm b && b.tier() < tier) {
                        assertTrue(buyer.y < at.y, f + " drawn above its customer " + b);
                    }
                }
                placed++;
            }
        }
        assertTrue(placed > 300);
        // every live tie with a buyer on the screen is an edge; by default only each firm's main one is drawn
        int ties = 0, fans = 0;
        for (Firm f : d.firms()) {
            if (!f.alive()) continue;
            for (SupplyLink l : f.customers()) {
                if (l.isDead() || layout.field.getObjectLocation(l.buyer()) == null) continue;
                ties++;
                if (l == f.topCustomer()) fans++;
            }
        }
        assertEquals(fans, countEdges(layout.supplyTies), "the fans layer holds each firm's main tie only");
        assertEquals(ties, countEdges(layout.supplyTies) + countEdges(layout.otherTies));
        assertTrue(countEdges(layout.otherTies) > 0, "the other ties layer is empty");
    }

    @Test
    void choosingAFirmAddsAllItsTiesToTheFans() {
        District d = new District(3, SMALL);
        d.start();
        Selection chosen = new Selection();
        PyramidLayout layout = new PyramidLayout(chosen);
        layout.reset(d);
        d.schedule.step(d);
        layout.step(d);
        Firm busy = null;
        for (Firm f : d.tier(2)) if (busy == null || f.subcontractors().size() > busy.subcontractors().size()) busy = f;
        chosen.choose(busy);
        layout.rebuildTies();
        for (SupplyLink l : busy.subcontractors()) {
            if (l.isDead()) continue;
            assertTrue(chosen.isRelated(l.supplier()), l.supplier() + " is not lit up");
            assertTrue(layout.supplyTies.getEdgesOut(l.supplier()).size() > 0);
        }
        for (SupplyLink l : busy.customers()) if (!l.isDead() && !l.toMarket()) assertTrue(chosen.isRelated(l.buyer()));
    }

    private static int countEdges(sim.field.network.Network ties) {
        int n = 0;
        for (Object node : ties.getAllNodes()) n += ties.getEdgesOut(node).numObjs;
        return n;
    }

    @Test
    void watchingARunDoesNotChangeIt() {
        assertEquals(observe(false), observe(true));
    }

    private static String observe(boolean withLayout) {
        District d = new District(5, SMALL);
        d.start();
        Observer o = new Observer().attach(d);
        PyramidLayout layout = new PyramidLayout(new Selection());
        if (withLayout) layout.reset(d);
        for (int m = 0; m < 24; m++) {
            d.schedule.step(d);
            if (withLayout) layout.step(d);
        }
        StringBuilder b = new StringBuilder();
        for (double[] row : o.rows()) b.append(java.util.Arrays.toString(row)).append('\n');
        return b.toString();
    }
}
