package machikoba.model.network;

import machikoba.model.District;
import machikoba.model.Firm;

import machikoba.scenario.Scenario;

/**
 * A buyers' group (Kiseiren ran one [IA-2001]): active members buy materials together and pay
 * less; the discount grows with the number of active buyers and saturates.
 */
public final class BuyersGroup {
    private BuyersGroup() { }

    public static double discount(double maxDiscount, double scale, int activeBuyers) {
        return maxDiscount * (1 - Math.exp(-activeBuyers / scale));
    }

    static void meet(HorizontalNetwork n, int activeMembers, District d) {
        Scenario.Activities a = d.scenario().networkBehaviour().activities();
        double x = discount(a.buyersGroupDiscount(), a.buyersGroupScale(), activeMembers);
        for (Membership m : n.members()) m.setDiscount(m.isActive() ? x : 0);
    }

    /** The best discount among the firm's active memberships. */
    public static double of(Firm f) {
        double best = 0;
        for (int i = 0, n = f.networkingOrNone().memberships().size(); i < n; i++) {
            Membership m = f.networkingOrNone().memberships().get(i);
            if (m.engagedEnough()) best = Math.max(best, m.discount());
        }
        return best;
    }
}
