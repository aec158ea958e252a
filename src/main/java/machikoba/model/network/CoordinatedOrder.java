package machikoba.model.network;

import machikoba.model.Assembler;
import machikoba.model.District;
import machikoba.model.Draw;
import machikoba.model.Firm;
import machikoba.model.life.Population;
import machikoba.model.supply.CustomerSearch;

import java.util.ArrayList;
import java.util.List;

/**
 * Coordinator groups compete for a client's order, then the winning group's members cooperate
 * on it (Ota Industrial Network Group [CT-2003]). A group's bid is the range of skills its
 * engaged members bring, weighted by how engaged they are; the winning coordinator takes the
 * client and passes most of the work to a few of its group's active members.
 */
public final class CoordinatedOrder {
    static final int TEAM = 5;
    static final double PASSED_ON = 0.8;

    private CoordinatedOrder() { }

    /** Bid of a group: distinct skills among its active members times their mean engagement. */
    public static double bid(int distinctSkills, double meanEngagement) {
        return distinctSkills * meanEngagement;
    }

    static void year(HorizontalNetwork n, District d) {
        int groups = n.coordinators().size();
        if (groups == 0) return;
        int orders = Draw.count(d.random, d.scenario().networkBehaviour().activities().clientOrdersPerYear());
        if (orders == 0) return;
        List<List<Membership>> active = new ArrayList<>(groups);
        for (int g = 0; g < groups; g++) active.add(new ArrayList<>());
        for (Membership m : n.members()) if (m.isActive() && !m.coordinator()) active.get(m.group()).add(m);
        for (int k = 0; k < orders; k++) {
            int winner = -1;
            double best = 0;
            for (int g = 0; g < groups; g++) {
                List<Membership> team = active.get(g);
                if (!n.coordinators().get(g).alive() || team.isEmpty()) continue;
                double engagement = 0;
                java.util.BitSet skills = new java.util.BitSet();
                for (Membership m : team) {
                    engagement += d.neutralNetworks() ? Engagement.NEUTRAL : m.engagement();
                    skills.set(m.firm().skill());
                }
                double b = bid(skills.cardinality(), engagement / team.size());
                if (b > best) { best = b; winner = g; }
            }
            if (winner < 0) return;
            deliver(n, n.coordinators().get(winner), active.get(winner), d);
        }
    }

    private static void deliver(HorizontalNetwork n, Firm coordinator, List<Membership> team, District d) {
        Assembler client = d.assemblers().get(d.random.nextInt(d.assemblers().size()));
        if (Population.isCustomer(coordinator, client)) return;
        double volume = CustomerSearch.newBuyerVolume(coordinator);
        CustomerSearch.win(coordinator, client, volume, d);
        d.happened(new NetworkEvent(n, NetworkEvent.Kind.REFERRAL));
        int k = Math.min(TEAM, team.size());
        for (int i = 0; i < k; i++) {
            Membership m = team.get(d.random.nextInt(team.size()));
            d.population().link(coordinator, m.firm(), volume * PASSED_ON / k);
            m.gain(Membership.SHARED_POINTS);
            d.happened(new NetworkEvent(n, NetworkEvent.Kind.ORDER_SHARED));
        }
    }
}
