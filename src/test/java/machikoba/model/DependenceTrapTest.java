package machikoba.model;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The trap [IA-1999] describes: a big buyer's orders grow until they fill most of a firm's
 * capacity; then payment slows and cost-down starts. It must arise from the mechanisms
 * (selection on cost, leverage-scaled cuts and delays), and a stance must prevent it.
 */
class DependenceTrapTest {
    /** A balanced firm made the one every assembler wants most: cheap, capable, with room to grow. */
    private static Firm star(District d, double cap) {
        Firm best = null;
        for (Firm f : d.tier(2)) {
            if (f.topShare() <= 0.3 && (best == null || f.employees > best.employees)) best = f;
        }
        best.unitCost = 0.6;
        best.techLevel = 1.3;
        best.maxTopShare = cap;
        best.lostParentStep = -1000;
        return best;
    }

    private static double[] run(double cap) {
        District d = Fixtures.district(600, 11, "assemblers.turnover", "0", "assemblers.shiftToBest", "0.3");
        Firm s = star(d, cap);
        double shareBefore = s.topShare();
        int delayBefore = s.topCustomer().delayMonths;
        for (int m = 0; m < 12 * 6 && s.alive(); m++) {
            s.employees = Math.max(s.employees, 200);  // keep room in the plant: the trap is about the buyer, not capacity
            d.schedule.step(d);
        }
        SupplyLink top = s.topCustomer();
        return new double[] {shareBefore, s.topShare(), delayBefore, top.delayMonths, s.costDownSuffered};
    }

    @Test
    void aFirmWithoutAStanceFallsIntoTheTrap() {
        double[] r = run(1.0);
        assertTrue(r[1] > r[0] + 0.1, "the best buyer's share grows: " + r[0] + " -> " + r[1]);
        assertTrue(r[1] >= 0.5, "until it dominates: " + r[1]);
        assertTrue(r[3] > r[2], "then payment slows: " + r[2] + " -> " + r[3] + " months");
        assertTrue(r[4] > 0.05, "and cost-down bites: " + r[4]);
    }

    @Test
    void aStanceKeepsTheTopBuyerNearTheCapAndTheCutsSmall() {
        double[] trapped = run(1.0);
        double[] independent = run(0.3);
        assertTrue(independent[1] < 0.4, "top share held near the 30% cap: " + independent[1]);
        assertTrue(independent[4] < trapped[4] / 2, "cost-down suffered " + independent[4] + " vs " + trapped[4]);
    }
}
