package machikoba.model.network;

import machikoba.model.District;
import machikoba.model.Firm;

import java.util.List;

/**
 * A member with more work than it and its subcontractors can do passes it to trusted network
 * partners with spare capacity (44% of active members shared orders [IA-2001]). Volume is
 * conserved: what leaves one firm is added to the partners' work, no more. A partner that has
 * already produced this month does the work next month.
 */
public final class OrderSharing {
    private OrderSharing() { }

    /** Passes up to {@code excess} units; returns units passed, and leaves what the firm owes its partners in {@link Networking#sharedOutCost}. */
    public static double pass(Firm f, double excess, District d) {
        if (!f.networks()) return 0;
        Networking mine = f.networking();
        mine.owes(0);
        if (excess <= 1e-12 || mine.ties().isEmpty() || !activeSomewhere(mine)) return 0;
        double owed = 0;
        double minTrust = d.scenario().networkBehaviour().activities().shareTrust();
        double passed = 0;
        List<Tie> ties = Trust.live(f, d);
        for (int i = 0; i < ties.size() && excess > 1e-12; i++) {
            Tie t = ties.get(i);
            Firm p = t.other(f);
            Membership own = t.network().membershipOf(f), theirs = t.network().membershipOf(p);
            if (own == null || theirs == null || !own.isActive() || !theirs.isActive()) continue;
            if (Trust.of(t, d) < minTrust) continue;
            Networking partner = p.networking();
            double spare = p.capacity() - p.orders() - partner.sharedIn();
            if (spare <= 0) continue;
            double x = Math.min(excess, spare);
            partner.passedIn(x);
            owed += x * p.techLevel() * d.params().priceLevel();
            excess -= x;
            passed += x;
            theirs.gain(Membership.SHARED_POINTS);
            Trust.reciprocated(f, p, t.network(), d);
            d.happened(new NetworkEvent(t.network(), NetworkEvent.Kind.ORDER_SHARED));
        }
        mine.owes(owed);
        return passed;
    }

    /** The work partners passed the firm, taken up by its month (none for a firm that never networked). */
    public static double takeSharedIn(Firm f) {
        return f.networks() ? f.networking().takeSharedIn() : 0;
    }

    private static boolean activeSomewhere(Networking n) {
        List<Membership> ms = n.memberships();
        for (int i = 0, k = ms.size(); i < k; i++) if (ms.get(i).engagedEnough()) return true;
        return false;
    }
}
