package machikoba.model.network;

import machikoba.model.District;
import machikoba.model.Firm;
import machikoba.scenario.Scenario;

/** Hand-made networks for mechanism tests: a study group from the scenario's template, or one by another rule. */
public final class NetworkFixtures {
    private NetworkFixtures() { }

    public static HorizontalNetwork group(District d, String origin, String rule) {
        Scenario.Network t = d.scenario().networkPolicy().firmFounding().template();
        Scenario.Network spec = new Scenario.Network("test " + origin, origin, 1985, 1,
                new Scenario.Membership(rule, 20, 1, 0), t.funding(), 0.0, 12, false);
        return NetworkFounding.create(spec, spec.name(), 1985, d);
    }

    /** Both firms active members with engagement {@code e}, and a tie of the given trust kept in the network. */
    public static Tie activePair(HorizontalNetwork n, Firm a, Firm b, double e, double trust, District d) {
        for (Firm f : new Firm[] {a, b}) {
            Membership m = n.membershipOf(f);
            if (m == null) m = n.join(f, d);
            m.engage(e, true);
        }
        Tie t = Trust.reciprocated(a, b, n, d);
        t.trustIs(trust, t.lastStep());
        return t;
    }

    /** Sets a member's engagement and whether it is above the threshold, as {@link Engagement} would. */
    public static void engage(Membership m, double e, boolean active) {
        m.engage(e, active);
    }

    /** Sets a tie's trust as of the given month. */
    public static void trust(Tie t, double trust, int step) {
        t.trustIs(trust, step);
    }

    /** Sets a tie's trust, leaving the month of its last exchange as it was. */
    public static void setTrust(Tie t, double trust) {
        t.trustIs(trust, t.lastStep());
    }

    /** Sets whether a member's engagement counts as above the threshold, leaving the engagement as it was. */
    public static void setEngaged(Membership m, boolean active) {
        m.engage(m.engagement(), active);
    }

    /** Work partners passed the firm, to be done when it next produces (as {@link OrderSharing} leaves it). */
    public static void passIn(Firm f, double units) {
        f.networking().passedIn(units);
    }

    /** Marks the firm punished by a parent in the given month (as {@link ParentIntimidation} does). */
    public static void punish(Firm f, int step) {
        f.networking().punished(step);
    }

    /** A bare network from a spec, not founded in any district (for tests outside this package). */
    public static HorizontalNetwork network(int id, String name, int founded, Scenario.Network spec) {
        return new HorizontalNetwork(id, name, founded, spec);
    }

    /** Whether the network meets in the given month, 1-12. */
    public static boolean meetsIn(HorizontalNetwork n, int month) {
        return n.meetsIn(month);
    }
}
