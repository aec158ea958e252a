package machikoba.model.supply;

import machikoba.model.Firm;
import machikoba.model.SupplyLink;

import java.util.List;

/**
 * Work that will not fit a firm's own capacity goes to its subcontractors that have room
 * (84% of surveyed firms used subcontractors regularly [IA-2001]). Room is judged from each
 * subcontractor's orders of last month, all the firm can know when it places the order.
 * Volume is conserved: what is passed is added to the subcontractors' orders, no more.
 */
public final class Subcontracting {
    private Subcontracting() { }

    /** Passes up to {@code excess} units to subcontractors with spare capacity; returns units passed. */
    public static double passExcess(double excess, List<SupplyLink> subs) {
        if (excess <= 0 || subs.isEmpty()) return 0;
        double room = 0;
        for (int i = 0, n = subs.size(); i < n; i++) room += spare(subs.get(i));
        if (room <= 0) return 0;
        double passed = Math.min(excess, room);
        double share = passed / room;
        for (int i = 0, n = subs.size(); i < n; i++) {
            SupplyLink l = subs.get(i);
            l.addOrder(spare(l) * share);
        }
        return passed;
    }

    static double spare(SupplyLink l) {
        Firm s = l.supplier();
        return !l.isDead() && s.alive() ? Math.max(0, s.capacity() - s.orders()) : 0;
    }
}
