package machikoba.model.policy;

import ec.util.MersenneTwisterFast;
import machikoba.model.District;
import machikoba.model.Firm;
import machikoba.scenario.Scenario;

import java.util.ArrayList;
import java.util.List;

/**
 * The levers of the scenario's policy block (seed facts 9 [CT-2003, U-2009, IA-1999]), called by
 * {@link District} at two points of the month: rules at its start, programmes at its end (after
 * the networks and, in December, the year end). Each lever acts through the mechanism it
 * targets and counts what it spends ({@link PublicCost}); with every lever off nothing here
 * draws a number or changes a firm, so the run is the same to the bit as without policy.
 * <p>
 * Each lever draws from a stream of its own, seeded from the district's seed and the lever's
 * index, not from the district's generator: switching a lever on leaves the district's own
 * draws as they were until the lever changes something — what paired runs need.
 */
public final class Policy {
    static final String PLATFORMS = "platforms";
    private final PublicCost cost = new PublicCost();
    private final SubcontractingRules rules;
    private final BackedLoans loans;
    private final Plaza plaza;
    private final Salespersons salespersons;
    private final KeyPerson keyPerson;
    private final Liaison liaison;
    private final Grants grants;
    private final LocalSupport localSupport;
    private final Scenario.Platforms platforms;
    private final StartupGuarantees startups;
    /** Regional platforms founded on central calls so far. */
    private int programmes;

    /** @param p the settings: the scenario's policy block, or as a student changed it ({@link StudentLevers}) */
    public Policy(District d, Scenario.Policy p) {
        rules = new SubcontractingRules(p.subcontractingRules());
        loans = new BackedLoans(p.backedLoans(), stream(d, 1));
        plaza = new Plaza(p.plaza());
        salespersons = new Salespersons(p.salespersons(), stream(d, 2));
        keyPerson = new KeyPerson(p.keyPerson(), stream(d, 3));
        liaison = new Liaison(p.liaison(), stream(d, 4));
        grants = new Grants(p.grants(), stream(d, 5));
        platforms = p.platforms();
        startups = new StartupGuarantees(p.startupGuarantees(), stream(d, 6));
        localSupport = new LocalSupport(p.localSupport(), d.scenario().networkPolicy().localSupport());
        plaza.start(d, cost);
    }

    private static MersenneTwisterFast stream(District d, int lever) {
        long s = d.seed();
        return new MersenneTwisterFast(new int[] {(int) s, (int) (s >>> 32), 0x706f6c69, lever});
    }

    /** Month start: the rules in force this year, before anyone orders or cuts. */
    public void monthStart(District d) {
        rules.monthStart(d);
        localSupport.monthStart(d);
    }

    /** Month end: backed loans and their guarantees; in December the year's programmes. */
    public void monthEnd(District d) {
        loans.month(d, cost);
        plaza.month(d, cost);
        startups.month(d, cost);
        if (d.month() != 12) return;
        if (d.year() <= platforms.endYear()) cost.spend(PLATFORMS, programmes * platforms.costPerYear());
        salespersons.year(d, cost);
        keyPerson.year(d, cost);
        liaison.year(d, cost);
        grants.year(d, cost);
    }

    public PublicCost cost() { return cost; }

    /** A local government founded a regional platform on a central call ({@code NetworkFounding}): it costs a post a year. */
    public void programmeFounded() { programmes++; }

    /** Money a lever kept outside this package spent (local support of firm networks' fees, {@code Networks}). */
    public void paid(String lever, double amount) { cost.spend(lever, amount); }

    /** A student changed a lever while the model runs: the levers read their new settings from now on. */
    public void update(Scenario.Policy p) {
        salespersons.set(p.salespersons());
        keyPerson.set(p.keyPerson());
        liaison.set(p.liaison());
        rules.set(p.subcontractingRules());
    }

    static boolean inForce(int year, int start, int end) { return year >= start && year <= end; }

    /** Firms alive now, tier by tier in the district's order. */
    static List<Firm> alive(District d) {
        List<Firm> out = new ArrayList<>(d.firmCount());
        for (Firm f : d.firms()) if (f.alive()) out.add(f);
        return out;
    }
}
