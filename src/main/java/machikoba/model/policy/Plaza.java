package machikoba.model.policy;

import machikoba.model.District;
import machikoba.model.network.Brokerage;
import machikoba.scenario.Scenario;

/**
 * 1981-style technology-exchange plaza: the prefecture founds an exchange among firms of
 * different industries [U-2009] — listed by location, as governments list firms, and meeting a
 * few times a year; what members make of it is the networks' own business (engagement, trust,
 * exchanges, joint R&D). The prefecture pays its secretariat to the end year. Founded at the
 * run's start if its year is earlier.
 */
final class Plaza {
    static final String LEVER = "plaza";
    private final Scenario.Plaza spec;
    private boolean founded;

    Plaza(Scenario.Plaza spec) { this.spec = spec; }

    void start(District d, PublicCost cost) {
        if (spec.size() > 0 && spec.startYear() <= d.year()) found(d);
    }

    void month(District d, PublicCost cost) {
        if (spec.size() <= 0) return;
        if (!founded && d.month() == 1 && d.year() == spec.startYear()) found(d);
        if (founded && d.month() == 12 && d.year() <= spec.endYear()) cost.spend(LEVER, spec.costPerYear());
    }

    private void found(District d) {
        founded = true;
        Scenario.Network n = new Scenario.Network("Technology-exchange plaza", "government", d.year(), 1,
                new Scenario.Membership("location", spec.size(), 1, 0), "government", 0.0, spec.meetingsPerYear(), false);
        Brokerage.found(n, n.name(), d, true);
    }
}
