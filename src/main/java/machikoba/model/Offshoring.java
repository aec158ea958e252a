package machikoba.model;

import machikoba.scenario.Scenario;

import java.util.ArrayList;
import java.util.List;

/**
 * Production moved abroad takes whole supplier relationships with it: "from only Hitachi to
 * zero Hitachi" [CT-2003]. When the macro path's offshoring share rises over a year, each
 * assembler removes that fraction of its domestic volume, starting with its weakest suppliers.
 */
public final class Offshoring {
    private Offshoring() { }

    /** Fraction of remaining domestic volume that leaves when offshoring goes from {@code before} to {@code after}. */
    public static double fractionMoved(double before, double after) {
        return after > before ? (after - before) / (1 - before) : 0;
    }

    static void relocate(Assembler a, District d, double before, double after) {
        double fraction = fractionMoved(before, after);
        if (fraction <= 0) return;
        Scenario.Procurement w = d.scenario.assemblers().procurement();
        List<SupplyLink> weakestFirst = new ArrayList<>(a.suppliers);
        weakestFirst.removeIf(l -> l.dead);
        SupplierSelection.sortByScore(weakestFirst, w, false, d.pass());
        double toMove = fraction * a.placedVolume();
        a.baseDemand = Math.max(0, a.baseDemand - fraction * a.baseDemand);
        for (SupplyLink l : weakestFirst) {
            if (toMove <= 0) break;
            if (l.volume <= toMove) {
                toMove -= l.volume;
                SupplierSelection.drop(l, d);
            } else {
                l.volume -= toMove;
                toMove = 0;
            }
        }
        a.compact();
    }
}
