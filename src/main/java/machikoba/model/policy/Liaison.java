package machikoba.model.policy;

import ec.util.MersenneTwisterFast;
import machikoba.model.District;
import machikoba.model.Firm;
import machikoba.model.life.Innovation;
import machikoba.scenario.Scenario;
import org.apache.commons.math3.stat.descriptive.rank.Percentile;

import java.util.ArrayList;
import java.util.List;

/**
 * University-industry liaison (MEXT's Intellectual Cluster Plan [CT-2003]): each year projects
 * pair a professor with one firm. Aimed at competent firms (above a quantile of technology, as
 * the studies found liaison reaching "only already-competent SMEs") or at town factories (small
 * firms of tiers 3-4, as they recommend). A project brings research that the firm takes up in
 * proportion to its technology against the district's median (what it can absorb; capped at
 * full), and yields a product with {@link Innovation#chance} on what it took up.
 */
final class Liaison {
    static final String LEVER = "liaison";
    private Scenario.Liaison spec;
    private final MersenneTwisterFast random;

    Liaison(Scenario.Liaison spec, MersenneTwisterFast random) {
        this.spec = spec;
        this.random = random;
    }

    void set(Scenario.Liaison spec) { this.spec = spec; }

    void year(District d, PublicCost cost) {
        if (spec.projectsPerYear() <= 0 || !Policy.inForce(d.year(), spec.startYear(), spec.endYear())) return;
        List<Firm> alive = Policy.alive(d);
        if (alive.isEmpty()) return;
        double[] tech = alive.stream().mapToDouble(Firm::techLevel).toArray();
        double median = new Percentile().evaluate(tech, 50);
        List<Firm> reached = reached(alive, tech);
        if (reached.isEmpty()) return;
        double threshold = d.scenario().economy().rdProductThreshold();
        for (int p = 0; p < spec.projectsPerYear(); p++) {
            Firm f = reached.get(random.nextInt(reached.size()));
            double absorbed = spec.research() * Math.min(1, f.techLevel() / median);
            if (random.nextDouble() < Innovation.chance(absorbed, threshold, f.employees())) Innovation.launch(f, d);
            cost.spend(LEVER, spec.costPerProject());
        }
    }

    /** The firms the liaison reaches: competent ones by technology, or town factories. */
    List<Firm> reached(List<Firm> alive, double[] tech) {
        List<Firm> out = new ArrayList<>();
        if (spec.target().equals("competent")) {
            double cut = spec.techQuantile() <= 0 ? Double.NEGATIVE_INFINITY : new Percentile().evaluate(tech, 100 * spec.techQuantile());
            for (Firm f : alive) if (f.techLevel() >= cut) out.add(f);
        } else {
            for (Firm f : alive) if (f.tier() >= 3 && f.employees() <= spec.maxEmployees()) out.add(f);
        }
        return out;
    }
}
