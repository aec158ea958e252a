package machikoba.model.supply;

import machikoba.model.Assembler;
import machikoba.model.District;
import machikoba.model.engine.RosterIndex;
import machikoba.model.engine.SupplierIndex;

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

    /** A relocation on its own (the year end moves every assembler's with one {@link SupplierIndex}). */
    public static void relocate(Assembler a, District d, double before, double after) {
        relocate(a, d, before, after, SupplierIndex.read(d), RosterIndex.read(a));
    }

    public static void relocate(Assembler a, District d, double before, double after, SupplierIndex register, RosterIndex roster) {
        double fraction = fractionMoved(before, after);
        if (fraction <= 0) return;
        int[] weakestFirst = roster.rank(register, false);
        double toMove = fraction * roster.placedVolume();
        a.setBaseDemand(Math.max(0, a.baseDemand() - fraction * a.baseDemand()));
        for (int p : weakestFirst) {
            if (toMove <= 0) break;
            if (roster.volume(p) <= toMove) {
                toMove -= roster.volume(p);
                roster.drop(p, d, register);
            } else {
                roster.setVolume(p, roster.volume(p) - toMove, register);
                toMove = 0;
            }
        }
        roster.compact();
    }
}
