package machikoba.model.network;

import machikoba.model.District;
import machikoba.model.Firm;

import machikoba.scenario.Scenario;

/**
 * How much a member puts into a network, 0-1, and so whether it is active. It moves towards a
 * target set by what the network gave it lately, how alike the other members are (measured
 * against a few of them), its own load, pressure from its parent and the cost of taking part
 * [IA-2001]. The same rule holds for every network; origins differ only in who their members are.
 * With the neutral switch every member is active at a constant engagement.
 */
public final class Engagement {
    /** Engagement of every member when the mechanism is switched off. */
    public static final double NEUTRAL = 0.6;
    /** A plant fuller than this leaves the owner no time for meetings. */
    static final double BUSY = 0.8;

    private Engagement() { }

    /** The level engagement moves towards, clamped to 0-1. */
    public static double target(Scenario.Engagement w, double benefit, double similarity, double utilisation,
                                double pressure, double cost) {
        double overload = Math.max(0, utilisation - BUSY) / (1 - BUSY);
        double t = w.base() + w.benefit() * (1 - Math.exp(-Math.max(0, benefit))) + w.similarity() * (similarity - 0.5)
                - w.load() * overload - w.pressure() * pressure - w.cost() * cost;
        return Math.max(0, Math.min(1, t));
    }

    /**
     * ¥M a year per employee the member spends on the fee and on meeting time. The owner's time
     * is one: each other network it is active in makes this one's meetings dearer. Local
     * support lowers the cost for firm-initiated networks.
     */
    static double cost(HorizontalNetwork n, Firm f, District d) {
        int others = 0;
        for (int i = 0, k = f.networkingOrNone().memberships().size(); i < k; i++) {
            Membership m = f.networkingOrNone().memberships().get(i);
            if (m.engagedEnough() && m.network() != n) others++;
        }
        double c = n.fee() + n.getMeetingsPerYear() * d.scenario().networkBehaviour().engagement().meetingCost() * (1 + others);
        if (n.origin() == Origin.FIRM) c *= 1 - d.params().localNetworkSupport();
        return c / Math.max(1, f.employees());
    }

    /** Moves the member's engagement one meeting's step (or sets it, when it joins). */
    static void update(Membership m, District d, boolean joining) {
        if (d.neutralNetworks()) {
            m.engage(NEUTRAL, true);
            return;
        }
        Scenario.Engagement w = d.scenario().networkBehaviour().engagement();
        Firm f = m.firm();
        HorizontalNetwork n = m.network();
        double similarity = Similarity.toMembers(f, n, w.sample(), d);
        double pressure = n.origin() == Origin.PARENT ? 0 : ParentIntimidation.pressure(f, d);
        double t = target(w, m.benefit(), similarity, f.utilisation(), pressure, cost(n, f, d));
        double e = joining ? t : m.engagement() + perMeeting(w.adaptation(), n.getMeetingsPerYear()) * (t - m.engagement());
        m.engage(e, e >= w.threshold());
    }

    /** A yearly speed of adaptation spread over the network's meetings. */
    public static double perMeeting(double yearly, int meetingsPerYear) {
        return 1 - Math.pow(1 - yearly, 1.0 / meetingsPerYear);
    }
}
