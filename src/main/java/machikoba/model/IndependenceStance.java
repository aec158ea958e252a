package machikoba.model;

/**
 * Independent firms cap the share of their top customer: few allow more than 40%, most aim
 * for about 15% [IA-1999]. A firm with a stance refuses extra volume from a buyer that would
 * push that buyer past its cap; every firm refuses volume it has no capacity for.
 */
public final class IndependenceStance {
    private IndependenceStance() { }

    /** Extra normal volume the firm accepts on this link (0 if none). */
    static double room(Firm f, SupplyLink link) {
        double routine = 0;
        for (int i = 0, n = f.subcontractors.size(); i < n; i++) {
            SupplyLink l = f.subcontractors.get(i);
            if (!l.dead) routine += l.volume;
        }
        double total = 0;
        for (int i = 0, n = f.customers.size(); i < n; i++) {
            SupplyLink l = f.customers.get(i);
            if (!l.dead) total += l.volume;
        }
        double capacityRoom = Math.max(0, 0.95 * f.capacity + routine - total);
        return Math.min(capacityRoom, shareRoom(f.maxTopShare, link == null ? 0 : link.volume, total));
    }

    /** Largest addition x to a link of volume v, out of total t, keeping (v + x) / (t + x) <= cap. */
    public static double shareRoom(double cap, double v, double t) {
        if (cap >= 1) return Double.POSITIVE_INFINITY;
        double x = (cap * t - v) / (1 - cap);
        return Math.max(0, x);
    }
}
