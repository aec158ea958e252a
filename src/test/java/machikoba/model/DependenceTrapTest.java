package machikoba.model;

import machikoba.model.supply.CostDown;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The trap [IA-1999] describes: a big buyer's orders grow until they fill most of a firm's
 * capacity; then payment slows and cost-down starts. It must arise from the mechanisms
 * (selection on cost, leverage-scaled cuts and delays), and a stance must prevent it.
 */
class DependenceTrapTest {
    /**
     * A balanced supplier of the largest assembler, made the one every buyer wants most: cheap,
     * capable, with room to grow. The largest buyer has the most volume to move, so it is the one
     * that comes to dominate.
     */
    private static Firm star(District d, double cap) {
        Assembler largest = d.assemblers().get(0);
        Firm best = null;
        for (SupplyLink l : largest.supplierLinks()) {
            Firm f = l.supplier();
            if (f.tier() == 2 && f.topShare() <= 0.3 && sells(f) > routine(f) && (best == null || f.employees() > best.employees())) best = f;
        }
        best.setTechLevel(1.3);
        // cheap, and no own products: this firm lives on subcontracting alone
        best.describe(0.6, best.learningRate(), cap, false);
        best.equip(4);                  // room to grow from machines, not idle workers: the trap is about the buyer, not capacity
        best.lostParent(-1000);
        best.newOwner(40, 80);          // the ten years are about the buyer, not the owner's retirement
        return best;
    }

    /** Its normal orders, and the routine work it gives its subcontractors: a viable firm sells more than it buys in. */
    private static double sells(Firm f) { return f.customers().stream().mapToDouble(SupplyLink::volume).sum(); }
    private static double routine(Firm f) { return f.subcontractors().stream().mapToDouble(SupplyLink::volume).sum(); }

    private static double[] run(double cap) {
        District d = Fixtures.district(600, 11, "assemblers.turnover", "0", "assemblers.shiftToBest", "0.3");
        Firm s = star(d, cap);
        double shareBefore = s.topShare();
        int delayBefore = s.topCustomer().delayMonths();
        for (int m = 0; m < 12 * 10 && s.alive(); m++) {
            d.schedule.step(d);
        }
        SupplyLink top = s.topCustomer();
        return new double[] {shareBefore, s.topShare(), delayBefore, top.delayMonths(), s.costDownSuffered()};
    }

    @Test
    void aFirmWithoutAStanceFallsIntoTheTrap() {
        double[] r = run(1.0);
        assertTrue(r[1] > r[0] + 0.1, "the best buyer's share grows: " + r[0] + " -> " + r[1]);
        assertTrue(r[1] >= 0.5, "until it dominates: " + r[1]);
        assertTrue(r[3] > r[2], "then payment slows: " + r[2] + " -> " + r[3] + " months");
        // what twenty rounds of cuts (ten years) would have cost at the share the firm started with
        double rate = Fixtures.smallOta(600).assemblers().costDown().rate();
        double exponent = Fixtures.smallOta(600).assemblers().costDown().leverageExponent();
        double atStart = 1 - Math.pow(1 - CostDown.cut(rate, r[0], exponent, 0) * r[0], 20);
        assertTrue(r[4] > 2 * atStart, "and cost-down bites harder than its first position implied: " + r[4] + " vs " + atStart);
    }

    @Test
    void aStanceKeepsTheTopBuyerNearTheCapAndTheCutsSmall() {
        double[] trapped = run(1.0);
        double[] independent = run(0.3);
        assertTrue(independent[1] < 0.4, "top share held near the 30% cap: " + independent[1]);
        assertTrue(independent[4] < trapped[4] / 2, "cost-down suffered " + independent[4] + " vs " + trapped[4]);
    }
}
