package machikoba.model.network;

import machikoba.model.District;
import machikoba.model.life.Innovation;

import machikoba.scenario.Scenario;

import java.util.ArrayList;
import java.util.List;

/**
 * Joint R&D: once a year an active member may start a project with up to three partners it
 * trusts in the network. A new product comes with a chance that rises with the team's
 * diversity of skills (inter-industry networks helped, intra-industry ones did not [IA-2001]),
 * trust and engagement (Gyatech: a joint product within 16 months [IA-2001]). Each team member
 * launches the product ({@link Innovation#launch}) and pays its share of the cost.
 */
public final class JointDevelopment {
    static final int PARTNERS = 3;

    private JointDevelopment() { }

    public static double chance(double productivity, double skillDiversity, double meanTrust, double meanEngagement) {
        return 1 - Math.exp(-productivity * skillDiversity * meanTrust * meanEngagement);
    }

    static void year(HorizontalNetwork n, District d) {
        Scenario.Activities a = d.scenario().networkBehaviour().activities();
        for (int i = 0, size = n.members().size(); i < size; i++) {
            Membership m = n.members().get(i);
            if (!m.isActive() || d.random.nextDouble() >= a.jointRdRate()) continue;
            project(m, a, d, 0);
        }
    }

    /**
     * A project a grant pays for (model/policy/Grants): the lead forms a team as always; the
     * grant bears up to {@code grant} of the cost. Returns whether a team formed (else nothing is spent).
     */
    public static boolean granted(Membership lead, double grant, District d) {
        if (!lead.isActive()) return false;
        return project(lead, d.scenario().networkBehaviour().activities(), d, grant);
    }

    private static boolean project(Membership lead, Scenario.Activities a, District d, double grant) {
        HorizontalNetwork n = lead.network();
        List<Membership> team = new ArrayList<>(PARTNERS + 1);
        List<Tie> used = new ArrayList<>(PARTNERS);
        team.add(lead);
        for (Tie t : Trust.live(lead.firm(), d)) {
            if (team.size() > PARTNERS) break;
            if (t.network() != n) continue; // partners it works with in this network
            Membership o = n.membershipOf(t.other(lead.firm()));
            if (o != null && o.isActive()) { team.add(o); used.add(t); }
        }
        if (team.size() < 2) return false;
        double trust = 0, engagement = 0;
        for (Tie t : used) trust += Trust.of(t, d);
        for (Membership m : team) engagement += d.neutralNetworks() ? Engagement.NEUTRAL : m.engagement();
        trust /= used.size();
        engagement /= team.size();
        long skills = team.stream().mapToInt(m -> m.firm().skill()).distinct().count();
        double diversity = (skills - 1) / (double) (team.size() - 1);
        double teamPays = Math.max(0, a.jointRdCost() - grant);
        for (Membership m : team) m.firm().books().pay(teamPays / team.size());
        if (d.random.nextDouble() >= chance(a.jointRdProductivity(), diversity, trust, engagement)) return true;
        for (Membership m : team) {
            Innovation.launch(m.firm(), d);
            m.gain(Membership.JOINT_POINTS);
        }
        d.happened(new NetworkEvent(n, NetworkEvent.Kind.JOINT_PRODUCT));
        return true;
    }
}
