package machikoba.model;

import machikoba.scenario.Scenario;

/** Hand-made networks for mechanism tests: a study group from the scenario's template, or one by another rule. */
final class NetworkFixtures {
    private NetworkFixtures() { }

    static HorizontalNetwork group(District d, String origin, String rule) {
        Scenario.Network t = d.scenario().networkPolicy().firmFounding().template();
        Scenario.Network spec = new Scenario.Network("test " + origin, origin, 1985, 1,
                new Scenario.Membership(rule, 20, 1, 0), t.funding(), 0.0, 12, false);
        return NetworkFounding.create(spec, spec.name(), 1985, d);
    }

    /** Both firms active members with engagement {@code e}, and a tie of the given trust kept in the network. */
    static Tie activePair(HorizontalNetwork n, Firm a, Firm b, double e, double trust, District d) {
        for (Firm f : new Firm[] {a, b}) {
            Membership m = n.membershipOf(f);
            if (m == null) m = n.join(f, d);
            m.engagement = e;
            m.active = true;
        }
        Tie t = Trust.reciprocated(a, b, n, d);
        t.trust = trust;
        return t;
    }
}
