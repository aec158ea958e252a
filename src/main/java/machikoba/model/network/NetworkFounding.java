package machikoba.model.network;

import machikoba.model.District;
import machikoba.model.Draw;
import machikoba.model.Firm;

import machikoba.scenario.Scenario;

import java.util.ArrayList;
import java.util.List;

/**
 * How networks come about. Declared networks appear in their founding year (those founded from
 * above only while the top-down lever is on, except those already there at the start). Local
 * governments found one when central policy calls for it (1999 platforms, 2002 cluster plan
 * [CT-2003]) — "on paper" [IA-2001]. Firms found one when enough like-minded firms meet: an
 * active member looks at the firms of other trades it trusts and those it meets, and founds an
 * inter-industry group if enough are alike [IA-2001]; new groups thus form where earlier ties were.
 */
final class NetworkFounding {
    private NetworkFounding() { }

    static HorizontalNetwork create(Scenario.Network spec, String name, int year, District d) {
        HorizontalNetwork n = new HorizontalNetwork(d.networks().size(), name, year, spec);
        d.founded(n);
        return n;
    }

    /** Declared networks of the start (founded then or before) or of this year. */
    static void declared(District d, boolean atStart) {
        int year = d.year();
        for (Scenario.Network spec : d.scenario().networks()) {
            boolean due = atStart ? spec.founded() <= year : spec.founded() == year;
            if (!due) continue;
            if (!atStart && Origin.of(spec.origin()).topDown() && !d.params().topDownNetworks()) continue;
            for (int k = 0; k < spec.count(); k++) {
                String name = spec.count() == 1 ? spec.name() : spec.name() + " " + (k + 1);
                HorizontalNetwork n = create(spec, name, spec.founded(), d);
                n.rule().found(n, d);
            }
        }
    }

    static void centralCall(District d) {
        Scenario.NetworkPolicy p = d.scenario().networkPolicy();
        if (!d.params().topDownNetworks() || !p.centralCalls().contains(d.year())) return;
        HorizontalNetwork n = create(p.callNetwork(), p.callNetwork().name() + " " + d.year(), d.year(), d);
        n.rule().found(n, d);
        d.policy().programmeFounded();
    }

    /**
     * Like-minded firms meet where firms already meet: a founder is an active member of some
     * network; it looks at the firms it trusts and at a sample of the members it meets in its
     * networks, and founds a group with those alike enough, if there are enough of them.
     */
    static void firmInitiated(District d) {
        Scenario.FirmFounding rule = d.scenario().networkPolicy().firmFounding();
        if (d.networks().isEmpty()) return;
        int firms = d.firmCount();
        int attempts = Draw.count(d.random, rule.ratePerYear() * firms);
        int limit = AgeLimit.effective(rule.template().membership().ageLimit(), d.params().networkAgeLimit());
        for (int i = 0; i < attempts; i++) {
            HorizontalNetwork where = d.networks().get(d.random.nextInt(d.networks().size()));
            if (where.members().isEmpty()) continue;
            Membership fm = where.members().get(d.random.nextInt(where.members().size()));
            Firm founder = fm.firm();
            if (!fm.isActive() || !AgeLimit.admits(founder, limit)) continue;
            List<Firm> alike = new ArrayList<>();
            for (Tie t : Trust.live(founder, d)) consider(founder, t.other(founder), rule, limit, alike);
            for (int k = 0; k < rule.sample(); k++) {
                Membership m = where.members().get(d.random.nextInt(where.members().size()));
                if (m.isActive()) consider(founder, m.firm(), rule, limit, alike);
            }
            if (alike.size() + 1 < rule.minFounders()) continue;
            HorizontalNetwork n = create(rule.template(), rule.template().name() + " " + d.year() + "-" + (d.networks().size() + 1), d.year(), d);
            n.join(founder, d);
            int size = rule.template().membership().size();
            for (int k = 0; k < alike.size() && k < size - 1; k++) n.join(alike.get(k), d);
        }
    }

    private static void consider(Firm founder, Firm f, Scenario.FirmFounding rule, int limit, List<Firm> alike) {
        if (f == null || f == founder || !f.alive() || alike.contains(f) || !AgeLimit.admits(f, limit)) return;
        // an exchange group across trades (inter-industry groups helped, intra-industry ones did not [IA-2001])
        if (f.skill() == founder.skill()) return;
        if (Similarity.of(founder, f) >= rule.similarity()) alike.add(f);
    }
}
