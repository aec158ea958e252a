package machikoba.model.network;

import machikoba.model.District;

import machikoba.scenario.Scenario;

/**
 * The networks' part of each month, after production: networks founded this year appear in
 * January; each network meets at its own frequency (members' engagement moves, active members
 * exchange information, buyers' groups buy); in December members graduate, pay fees and are
 * recruited, joint R&D and coordinated orders happen, and new networks are founded.
 */
public final class Networks {
    /** Share of recent benefits still felt a year later. */
    static final double BENEFIT_MEMORY = Math.exp(-1);
    /** The lever's name in the public cost. */
    public static final String LOCAL_SUPPORT = "localSupport";

    private Networks() { }

    public static void start(District d) {
        NetworkFounding.declared(d, true);
    }

    public static void month(District d) {
        if (d.month() == 1 && d.step() > 0) NetworkFounding.declared(d, false);
        for (int i = 0; i < d.networks().size(); i++) {
            HorizontalNetwork n = d.networks().get(i);
            if (n.meetsIn(d.month())) meet(n, d);
        }
        if (d.month() == 12) year(d);
    }

    static void meet(HorizontalNetwork n, District d) {
        n.compact();
        Scenario.Engagement w = d.scenario().networkBehaviour().engagement();
        double fade = Math.pow(BENEFIT_MEMORY, 1.0 / n.getMeetingsPerYear());
        int active = 0;
        for (int i = 0, size = n.members().size(); i < size; i++) {
            Membership m = n.members().get(i);
            m.fadeBenefit(fade);
            Engagement.update(m, d, false);
            // paying a fee for nothing: a disengaged member of a self-funded network leaves
            if (!d.neutralNetworks() && n.fee() > 0 && m.engagement() < w.leaveBelow() && !m.coordinator()) n.leave(m);
            else if (m.engagedEnough()) active++;
        }
        for (int i = 0, size = n.members().size(); i < size; i++) {
            Membership m = n.members().get(i);
            if (m.isActive()) InformationExchange.meet(m, d);
        }
        if (n.buyersGroup()) BuyersGroup.meet(n, active, d);
    }

    private static void year(District d) {
        for (int i = 0; i < d.networks().size(); i++) {
            HorizontalNetwork n = d.networks().get(i);
            AgeLimit.graduate(n, d);
            double support = n.origin() == Origin.FIRM ? d.params().localNetworkSupport() : 0;
            double fee = n.fee() * (1 - support);
            if (fee > 0) for (Membership m : n.members()) if (m.isCurrent()) m.firm().books().pay(fee);
            // the share of the fees local government bears is public money (model/policy/PublicCost)
            if (support > 0 && n.fee() > 0) {
                int payers = 0;
                for (Membership m : n.members()) if (m.isCurrent()) payers++;
                d.policy().paid(LOCAL_SUPPORT, n.fee() * support * payers);
            }
            n.compact();
            n.rule().recruit(n, d);
            JointDevelopment.year(n, d);
            CoordinatedOrder.year(n, d);
        }
        NetworkFounding.firmInitiated(d);
        NetworkFounding.centralCall(d);
    }
}
