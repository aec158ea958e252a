package machikoba.model;

import java.util.List;

/**
 * A member with more work than it and its subcontractors can do passes it to trusted network
 * partners with spare capacity (44% of active members shared orders [IA-2001]). Volume is
 * conserved: what leaves one firm is added to the partners' work, no more. A partner that has
 * already produced this month does the work next month.
 */
public final class OrderSharing {
    private OrderSharing() { }

    /** Passes up to {@code excess} units; returns units passed, and leaves what the firm owes its partners in {@code f.sharedOutCost}. */
    static double pass(Firm f, double excess, District d) {
        f.sharedOutCost = 0;
        if (excess <= 1e-12 || f.ties.isEmpty() || !f.activeSomewhere()) return 0;
        double minTrust = d.scenario.networkBehaviour().activities().shareTrust();
        double passed = 0;
        List<Tie> ties = Trust.live(f, d);
        for (int i = 0; i < ties.size() && excess > 1e-12; i++) {
            Tie t = ties.get(i);
            Firm p = t.other(f);
            Membership mine = t.network.membershipOf(f), theirs = t.network.membershipOf(p);
            if (mine == null || theirs == null || !mine.isActive() || !theirs.isActive()) continue;
            if (Trust.of(t, d) < minTrust) continue;
            double spare = p.capacity - p.orders - p.sharedIn;
            if (spare <= 0) continue;
            double x = Math.min(excess, spare);
            p.sharedIn += x;
            f.sharedOutCost += x * p.techLevel;
            excess -= x;
            passed += x;
            theirs.benefit += Membership.SHARED_POINTS;
            Trust.reciprocated(f, p, t.network, d);
            d.networkEventsThisMonth.add(new NetworkEvent(t.network, NetworkEvent.Kind.ORDER_SHARED));
        }
        return passed;
    }
}
