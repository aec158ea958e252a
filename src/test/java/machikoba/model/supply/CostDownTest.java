package machikoba.model.supply;

import machikoba.model.Assembler;
import machikoba.model.District;
import machikoba.model.Firm;
import machikoba.model.Fixtures;
import machikoba.model.SupplyLink;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CostDownTest {
    @Test
    void theCutGrowsWithLeverage() {
        double low = CostDown.cut(0.02, 0.15, 1.5, 0);
        double high = CostDown.cut(0.02, 0.80, 1.5, 0);
        assertTrue(high > 5 * low, "a supplier at 80% should be cut far harder than one at 15%");
        assertEquals(0.02, CostDown.cut(0.02, 1.0, 1.5, 0), 1e-12);
        assertEquals(0, CostDown.cut(0.02, 0, 1.5, 0), 1e-12);
    }

    @Test
    void resistanceTakesOffAShareOfTheCut() {
        assertEquals(CostDown.cut(0.02, 0.8, 1.5, 0) / 2, CostDown.cut(0.02, 0.8, 1.5, 0.5), 1e-12);
    }

    @Test
    void applyingCutsPriceAndRecordsWhatTheFirmSuffered() {
        District d = Fixtures.district(50, 1, "assemblers.costDown.rate", "0.02", "assemblers.costDown.leverageExponent", "1.0");
        Firm f = Fixtures.firm(d, 2, 10);
        SupplyLink dominant = Fixtures.link(d.newAssembler(), f, 10, 90);
        Fixtures.link(d.newAssembler(), f, 1, 10);
        CostDown cuts = d.costDown();
        CostDown.Waiting waiting = new CostDown.Waiting();
        cuts.cutByAssembler(dominant, waiting); // no network ties: the cut waits for the firm's turn
        assertEquals(1 - 0.02 * 0.9, dominant.price(), 1e-12);
        assertEquals(0, f.costDownSuffered(), 0, "entered at the firm's own turn");
        cuts.enterWaitingCuts(f);
        cuts.cutByAssembler(dominant, waiting);
        cuts.enterWaitingCuts(f);
        double lostOnce = 0.018 * 0.9; // the cut, weighted by the buyer's 90% of sales
        assertEquals(1 - Math.pow(1 - lostOnce, 2), f.costDownSuffered(), 1e-12);
    }

    @Test
    void assemblersCutOnlyInTheScenariosCostDownMonths() {
        District d = Fixtures.district(200, 3);
        Assembler a = d.assemblers().get(0);
        double before = a.supplierLinks().get(0).price();
        for (int m = 1; m <= 3; m++) d.schedule.step(d);          // January to March
        assertEquals(before, a.supplierLinks().get(0).price(), 0, "no cut before April");
        d.schedule.step(d);                                        // April
        assertTrue(a.supplierLinks().stream().anyMatch(l -> l.price() < 1), "April is a cost-down month in ota.yaml");
    }
}
