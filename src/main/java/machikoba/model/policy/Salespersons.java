package machikoba.model.policy;

import ec.util.MersenneTwisterFast;
import machikoba.model.District;
import machikoba.model.Firm;
import machikoba.model.network.Brokerage;
import machikoba.model.network.HorizontalNetwork;
import machikoba.scenario.Scenario;

import java.util.List;

/**
 * METI's "salespersons": 480 of 2,200 regional officials visited SMEs one to one [CT-2003]. Each
 * year of the programme they visit firms drawn at random; a visit tells the firm part of what it
 * did not know of buyers and programmes (its knowledge, which resists cost-down and helps it
 * find customers) and may enrol it in the newest programme network a government founded.
 */
final class Salespersons {
    static final String LEVER = "salespersons";
    private Scenario.Salespersons spec;
    private final MersenneTwisterFast random;

    Salespersons(Scenario.Salespersons spec, MersenneTwisterFast random) {
        this.spec = spec;
        this.random = random;
    }

    void set(Scenario.Salespersons spec) { this.spec = spec; }

    void year(District d, PublicCost cost) {
        if (spec.visitsPerYear() <= 0 || !Policy.inForce(d.year(), spec.startYear(), spec.endYear())) return;
        List<Firm> alive = Policy.alive(d);
        if (alive.isEmpty()) return;
        HorizontalNetwork programme = Brokerage.newestProgramme(d);
        for (int v = 0; v < spec.visitsPerYear(); v++) {
            Firm f = alive.get(random.nextInt(alive.size()));
            Brokerage.brief(f, spec.knowledgeGain());
            if (random.nextDouble() < spec.joinChance()) Brokerage.enrol(f, programme, d);
            cost.spend(LEVER, spec.costPerVisit());
        }
    }
}
