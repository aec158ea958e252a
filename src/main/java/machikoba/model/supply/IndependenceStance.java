package machikoba.model.supply;

import machikoba.model.Firm;
import machikoba.model.SupplyLink;

/**
 * Independent firms cap the share of their top customer: few allow more than 40%, most aim
 * for about 15% [IA-1999]. A firm with a stance refuses extra volume from a buyer that would
 * push that buyer past its cap; every firm refuses volume it has no capacity for.
 */
public final class IndependenceStance {
    /** Share of its capacity a firm fills before it refuses more work. */
    static final double FULL = 0.95;

    private IndependenceStance() { }

    /** Extra normal volume the firm accepts on this link (0 if none). */
    public static double room(Firm f, SupplyLink link) {
        return room(f.capacity(), f.maxTopShare(), routine(f), total(f), link == null ? 0 : link.volume());
    }

    /** The same from what it is made of: the link's volume out of the firm's normal orders, its routine work given out. */
    public static double room(double capacity, double maxTopShare, double routine, double total, double linkVolume) {
        double capacityRoom = Math.max(0, FULL * capacity + routine - total);
        return Math.min(capacityRoom, shareRoom(maxTopShare, linkVolume, total));
    }

    /** Normal volume the firm passes routinely to its own subcontractors (it frees that much of its plant). */
    public static double routine(Firm f) {
        double routine = 0;
        for (int i = 0, n = f.subcontractors().size(); i < n; i++) {
            SupplyLink l = f.subcontractors().get(i);
            if (!l.isDead()) routine += l.volume();
        }
        return routine;
    }

    /** The firm's normal orders from all its customers. */
    public static double total(Firm f) {
        double total = 0;
        for (int i = 0, n = f.customers().size(); i < n; i++) {
            SupplyLink l = f.customers().get(i);
            if (!l.isDead()) total += l.volume();
        }
        return total;
    }

    /** Largest addition x to a link of volume v, out of total t, keeping (v + x) / (t + x) <= cap. */
    public static double shareRoom(double cap, double v, double t) {
        if (cap >= 1) return Double.POSITIVE_INFINITY;
        double x = (cap * t - v) / (1 - cap);
        return Math.max(0, x);
    }
}
