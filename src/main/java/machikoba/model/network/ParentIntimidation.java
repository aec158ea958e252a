package machikoba.model.network;

import machikoba.model.Assembler;
import machikoba.model.District;
import machikoba.model.Firm;
import machikoba.model.SupplyLink;

import java.util.List;

/**
 * Large firms pressed subcontractors not to network with firms that supply rival groups; in
 * Ota, firms that organised were "forced under" [IA-2001]. In cost-down months an assembler
 * cuts deeper the price of a supplier that is active in a network with a tie to a supplier of
 * another group (the cut still scales with its leverage, see {@link CostDown}). Firms feel the
 * threat in proportion to their top customer's leverage, fully once punished.
 */
public final class ParentIntimidation {
    /** Months a punishment is remembered. */
    static final int MEMORY = 24;

    private ParentIntimidation() { }

    /** The assembler at the top of the firm's chain of top customers, or null (own products, none). */
    static Assembler group(Firm f) {
        Firm x = f;
        for (int hop = 0; hop < 3 && x != null; hop++) {
            SupplyLink top = x.topCustomer();
            if (top == null) return null;
            if (top.buyer() instanceof Assembler a) return a;
            x = top.buyer() instanceof Firm b ? b : null;
        }
        return null;
    }

    /** Active in a network (not the parent's own group) with a tie to a firm of another group. */
    static boolean networksWithRivals(Firm f, Assembler a, District d) {
        if (f.networkingOrNone().ties().isEmpty()) return false;
        List<Tie> ties = Trust.live(f, d);
        for (int i = 0; i < ties.size(); i++) {
            Tie t = ties.get(i);
            if (t.network().origin() == Origin.PARENT) continue;
            Membership m = t.network().membershipOf(f);
            if (m == null || !m.isActive()) continue;
            Assembler g = group(t.other(f));
            if (g != null && g != a) return true;
        }
        return false;
    }

    /** Multiplier on the cost-down rate for this supplier; marks it punished. */
    public static double rateFactor(SupplyLink l, Assembler a, District d) {
        double strength = d.scenario().networkBehaviour().intimidation().strength();
        if (strength <= 0 || !networksWithRivals(l.supplier(), a, d)) return 1;
        l.supplier().networking().punished(d.step());
        return 1 + strength;
    }

    /** Pressure a firm feels against taking part, 0-1. */
    static double pressure(Firm f, District d) {
        SupplyLink top = f.topCustomer();
        if (top == null || top.buyer() == d.productMarket() || group(f) == null) return 0;
        boolean punished = f.networks() && d.step() - f.networking().punishedStep() <= MEMORY;
        return top.leverage() * (punished ? 1 : d.scenario().networkBehaviour().intimidation().anticipation());
    }
}
