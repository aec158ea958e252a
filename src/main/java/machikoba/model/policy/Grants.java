package machikoba.model.policy;

import ec.util.MersenneTwisterFast;
import machikoba.model.District;
import machikoba.model.network.Brokerage;
import machikoba.model.network.HorizontalNetwork;
import machikoba.model.network.JointDevelopment;
import machikoba.model.network.Membership;
import machikoba.scenario.Scenario;

import java.util.ArrayList;
import java.util.List;

/**
 * Grants for joint projects, to groups firms founded themselves or to networks founded from
 * above (the choice the studies argue about [CT-2003, IA-2001]). Each grant goes to an active
 * member of a network of the target kind, drawn at random; it pays the project's cost, and the
 * project runs by the networks' own rule ({@link JointDevelopment#granted}): the lead must find
 * partners it trusts who are active there, and the product's chance rises with their diversity,
 * trust and engagement. A grant no team could use is not spent.
 */
final class Grants {
    static final String LEVER = "grants";
    private final Scenario.Grants spec;
    private final MersenneTwisterFast random;

    Grants(Scenario.Grants spec, MersenneTwisterFast random) {
        this.spec = spec;
        this.random = random;
    }

    void year(District d, PublicCost cost) {
        if (spec.projectsPerYear() <= 0 || !Policy.inForce(d.year(), spec.startYear(), spec.endYear())) return;
        List<Membership> leads = candidates(d);
        for (int g = 0; g < spec.projectsPerYear() && !leads.isEmpty(); g++) {
            Membership lead = leads.get(random.nextInt(leads.size()));
            if (JointDevelopment.granted(lead, spec.amount(), d)) cost.spend(LEVER, spec.amount());
        }
    }

    /** Active members of the networks the grants are for. */
    List<Membership> candidates(District d) {
        boolean bottomUp = spec.target().equals("firm");
        List<Membership> out = new ArrayList<>();
        for (HorizontalNetwork n : d.networks()) {
            if (bottomUp ? !Brokerage.firmFounded(n) : !Brokerage.foundedFromAbove(n)) continue;
            for (Membership m : n.members()) if (m.isActive()) out.add(m);
        }
        return out;
    }
}
