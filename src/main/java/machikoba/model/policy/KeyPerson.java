package machikoba.model.policy;

import ec.util.MersenneTwisterFast;
import machikoba.model.District;
import machikoba.model.Firm;
import machikoba.model.network.Brokerage;
import machikoba.model.network.HorizontalNetwork;
import machikoba.model.network.JointDevelopment;
import machikoba.scenario.Scenario;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A key person who knows the firms: the young coordinator in Hitachi's city office, an industry
 * support centre [CT-2003]. It comes to know firms by visiting them (familiarity 0-1 grows with
 * each visit) and lists them in its platform; each year it brokers joint projects among firms it
 * knows, of different trades, introducing them to each other. A project succeeds with
 * {@link JointDevelopment#chance} where the coordinator's familiarity with the team takes the
 * place of the partners' trust: the better it knows the firms, the better its matches.
 */
final class KeyPerson {
    static final String LEVER = "keyPerson";
    static final int PARTNERS = 3;
    private Scenario.KeyPerson spec;
    private final MersenneTwisterFast random;
    /** Firms it has visited and how well it knows each, in the order it met them. */
    private final Map<Firm, Double> familiarity = new LinkedHashMap<>();
    private HorizontalNetwork platform;

    KeyPerson(Scenario.KeyPerson spec, MersenneTwisterFast random) {
        this.spec = spec;
        this.random = random;
    }

    void set(Scenario.KeyPerson spec) { this.spec = spec; }

    void year(District d, PublicCost cost) {
        if (spec.visitsPerYear() <= 0 || !Policy.inForce(d.year(), spec.startYear(), spec.endYear())) return;
        List<Firm> alive = Policy.alive(d);
        if (alive.isEmpty()) return;
        if (platform == null) {
            // listed by the coordinator; members may bring in firms they trust, up to five years' visits (assumption)
            Scenario.Network n = new Scenario.Network("Key person's platform", "government", d.year(), 1,
                    new Scenario.Membership("likeMinded", Math.max(2, spec.visitsPerYear() * 5), 1, 0), "government", 0.0, 4, false);
            platform = Brokerage.found(n, n.name(), d, false);
        }
        familiarity.keySet().removeIf(f -> !f.alive());
        List<Firm> known = new ArrayList<>(familiarity.keySet());
        for (int v = 0; v < spec.visitsPerYear(); v++) {
            // half its visits go back to firms it knows, half to new ones (assumption)
            Firm f = !known.isEmpty() && random.nextBoolean() ? known.get(random.nextInt(known.size()))
                    : alive.get(random.nextInt(alive.size()));
            familiarity.merge(f, spec.familiarityGain(), (old, g) -> old + g * (1 - old));
            Brokerage.enrol(f, platform, d);
        }
        known = new ArrayList<>(familiarity.keySet());
        for (int p = 0; p < spec.projectsPerYear() && known.size() > 1; p++) broker(known, d);
        cost.spend(LEVER, spec.costPerYear());
    }

    /** One project: a lead it knows and up to three others of other trades, the ones it knows best of a sample. */
    private void broker(List<Firm> known, District d) {
        Firm lead = known.get(random.nextInt(known.size()));
        List<Firm> team = new ArrayList<>(PARTNERS + 1);
        team.add(lead);
        for (int k = 0; k < 4 * PARTNERS && team.size() <= PARTNERS; k++) {
            Firm f = known.get(random.nextInt(known.size()));
            boolean newTrade = true;
            for (Firm t : team) if (t.skill() == f.skill()) newTrade = false;
            if (newTrade) team.add(f);
        }
        if (team.size() < 2) return;
        double known2 = 0;
        for (Firm f : team) known2 += familiarity.get(f);
        double mean = known2 / team.size();
        for (int i = 1; i < team.size(); i++) Brokerage.introduce(lead, team.get(i), platform, d);
        // every member is of another trade: diversity 1; engagement is the coordinator's, full
        if (random.nextDouble() < JointDevelopment.chance(spec.productivity(), 1.0, mean, 1.0)) {
            Brokerage.jointProduct(team, platform, d);
        }
    }

    double familiarityWith(Firm f) { return familiarity.getOrDefault(f, 0.0); }
}
