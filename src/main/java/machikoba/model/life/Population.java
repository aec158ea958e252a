package machikoba.model.life;

import machikoba.model.Assembler;
import machikoba.model.Buyer;
import machikoba.model.District;
import machikoba.model.Draw;
import machikoba.model.Firm;
import machikoba.model.SupplyLink;
import machikoba.model.supply.ParentPath;

import ec.util.MersenneTwisterFast;
import machikoba.scenario.Scenario;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Builds the start-year district from the scenario: firms by size class, tier, skill and
 * technology; the customer ties that give each firm its initial top-customer share; owners;
 * and money (cash, debt and the notes a firm already holds in a steady state). Ties are made
 * bottom-up so that every firm's normal orders cover its own work plus what it passes down.
 */
public final class Population {
    private final District d;
    private final Scenario s;
    private final MersenneTwisterFast r;
    private double[] assemblerWeights;
    /** Running sums of the scenario's shares, made once: drawn from for every firm and entrant. */
    private final double[] skillCum;
    private final TopShareProfile topShares;

    public Population(District d) {
        this.d = d;
        this.s = d.scenario();
        this.r = d.random;
        this.skillCum = Draw.cumulative(s.firms().skills().stream().mapToDouble(Scenario.Skill::share).toArray());
        this.topShares = new TopShareProfile(s.firms().topCustomerShare(), s.firms().independence());
    }

    public void populate() {
        Scenario.Assemblers as = s.assemblers();
        double[] w = new double[as.count()];
        for (int i = 0; i < as.count(); i++) {
            d.newAssembler();
            w[i] = 1.0 / (i + 1); // a few giants and many smaller assemblers
        }
        if (!s.parents().isEmpty()) w = parentGroups(w);
        assemblerWeights = Draw.cumulative(w);
        createFirms();
        sizeCum2 = employeeSums(d.tier(2));
        sizeCum3 = employeeSums(d.tier(3));
        for (int tier = 4; tier >= 2; tier--) {
            for (Firm f : d.tier(tier)) connect(f);
        }
        for (Assembler a : d.assemblers()) {
            a.setBaseDemand(a.placedVolume());
            a.setTargetSuppliers(a.supplierLinks().size());
        }
        for (int t = 2; t <= 4; t++) for (Firm f : d.tier(t)) openBooks(f, s.economy().initialCashMonths(), s.economy().initialDebtMonths());
    }

    /**
     * The scenario's parent groups take the largest assemblers in order, follow their own paths,
     * and place their share of the start year's orders to assemblers (spread evenly over a
     * group's members); the other assemblers share the rest by rank as before.
     */
    private double[] parentGroups(double[] rankWeights) {
        double[] w = new double[rankWeights.length];
        int next = 0;
        double groupShare = 0;
        for (Scenario.ParentGroup g : s.parents()) {
            ParentPath path = new ParentPath(g, s.period());
            for (int k = 0; k < g.assemblers(); k++, next++) {
                d.assemblers().get(next).follow(path);
                w[next] = g.share() / g.assemblers();
            }
            groupShare += g.share();
        }
        double rest = 0;
        for (int i = next; i < w.length; i++) rest += rankWeights[i];
        for (int i = next; i < w.length; i++) w[i] = (1 - groupShare) * rankWeights[i] / rest;
        return w;
    }

    /** Draws the firms and sorts them into tiers: the larger and more capable, the higher. */
    private void createFirms() {
        Scenario.Firms fs = s.firms();
        int n = fs.count();
        double[] classCum = Draw.cumulative(fs.sizeClasses().stream().mapToDouble(Scenario.SizeClass::share).toArray());
        record Draft(int employees, double tech, double key, int skill) { }
        List<Draft> drafts = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            Scenario.SizeClass c = fs.sizeClasses().get(Draw.weighted(r, classCum));
            int employees = Draw.powerLaw(r, c.min(), c.max(), fs.sizeExponent());
            double tech = Draw.lognormal(r, s.economy().techLevelSd());
            // tier 2 is for firms with "inimitable technology" [U-2009]: technology weighs more than size
            double key = Math.sqrt(employees) * tech * tech * tech * Draw.lognormal(r, 0.3);
            drafts.add(new Draft(employees, tech, key, Draw.weighted(r, skillCum)));
        }
        drafts.sort(Comparator.comparingDouble(Draft::key).reversed());
        int tier2 = (int) Math.round(n * fs.tiers().tier2());
        int tier3 = (int) Math.round(n * fs.tiers().tier3());
        for (int i = 0; i < n; i++) {
            Draft x = drafts.get(i);
            int tier = i < tier2 ? 2 : i < tier2 + tier3 ? 3 : 4;
            Firm f = d.newFirm(tier, x.skill());
            f.setEmployees(x.employees());
            f.setTechLevel(x.tech());
            describe(f);
        }
    }

    public double[] skillWeights() {
        return skillCum;
    }

    /** Traits every new firm draws, at the start or on entry: cost, learning, stance, owner, R&D; and machinery for its staff. */
    public void describe(Firm f) {
        Scenario.Economy e = s.economy();
        double unitCost = Draw.lognormal(r, e.unitCostSd());
        double learningRate = e.productivityGrowth() * (0.5 + r.nextDouble());
        Scenario.Independence ind = s.firms().independence();
        double maxTopShare = r.nextDouble() < ind.share()
                ? ind.maxTopShareLow() + r.nextDouble() * (ind.maxTopShareHigh() - ind.maxTopShareLow())
                : 1.0;
        boolean doesRd = r.nextDouble() < Math.min(MAX_RD_CHANCE, e.rdFirmShare() * f.techLevel() * f.techLevel());
        f.describe(unitCost, learningRate, maxTopShare, doesRd);
        f.equipForStaff();
        Scenario.Owners o = s.owners();
        int age = (int) Math.round(Math.max(MIN_OWNER_AGE, Math.min(MAX_OWNER_AGE, o.meanAge() + o.sdAge() * r.nextGaussian())));
        f.newOwner(age, retirementAge(age, r.nextGaussian()));
    }

    /** However capable, some firms do no R&D of their own. */
    static final double MAX_RD_CHANCE = 0.95;
    /** Owners' ages at the start lie within these bounds. */
    static final int MIN_OWNER_AGE = 25, MAX_OWNER_AGE = 85;

    /** The age at which an owner of the given age will retire, from a standard normal draw. */
    public int retirementAge(int ownerAge, double gaussian) {
        Scenario.Owners o = s.owners();
        int age = (int) Math.round(o.retirementAgeMean() + o.retirementAgeSd() * gaussian);
        return Math.max(ownerAge + 1, age);
    }

    /** Gives a firm its customers and the shares of its normal orders each one takes. */
    private void connect(Firm f) {
        double top = topShares.draw(r, f.maxTopShare());
        int k = 1 + Draw.poisson(r, s.firms().customersPerFirm() - 1);
        if (top < 0.999) k = Math.max(k, 1 + (int) Math.ceil((1 - top) / top - 1e-9));
        else k = 1;
        double[] shares = new double[k];
        shares[0] = k == 1 ? 1.0 : top;
        if (k > 1) {
            double sum = 0;
            for (int i = 1; i < k; i++) sum += shares[i] = 0.5 + r.nextDouble();
            boolean over = false;
            for (int i = 1; i < k; i++) over |= (shares[i] = shares[i] / sum * (1 - top)) > top;
            if (over) for (int i = 1; i < k; i++) shares[i] = (1 - top) / (k - 1);
        }
        double ownWork = f.capacity() * s.firms().utilisation();
        double routine = 0;
        for (SupplyLink l : f.subcontractors()) routine += l.volume();
        double normal = ownWork + routine;
        List<Buyer> chosen = new ArrayList<>(k);
        double found = 0;
        boolean missing = false;
        for (int i = 0; i < k; i++) {
            Buyer b = chooseBuyer(f, chosen);
            chosen.add(b);
            if (b == null) missing = true;
            else found += shares[i];
        }
        // where fewer buyers could be found than drawn (a district of few buyers), those found take
        // all of the firm's normal orders: its volume is not lost, and it is the more dependent
        double scale = missing && found > 0 ? 1 / found : 1;
        for (int i = 0; i < k; i++) if (chosen.get(i) != null) link(chosen.get(i), f, shares[i] * scale * normal);
        f.expectOrders(normal);
    }

    /**
     * Tier 2 sells to assemblers; tier 3 to assemblers or tier 2; tier 4 to tier 3 [U-2009], never twice to one buyer.
     * A parent firm is normally the more capable of the two (it coordinates, the subcontractor
     * does a process), so among firm candidates the first at least as capable is taken.
     */
    Buyer chooseBuyer(Firm f, List<Buyer> chosen) {
        Firm fallback = null;
        for (int tries = 0; tries < 8; tries++) {
            Buyer b = switch (f.tier()) {
                case 2 -> assembler();
                case 3 -> r.nextDouble() < s.firms().tiers().tier3ToAssemblers() ? assembler() : largeFirm(2);
                default -> largeFirm(3);
            };
            if (b == null || chosen.contains(b)) continue;
            if (!(b instanceof Firm parent) || parent.techLevel() >= f.techLevel()) return b;
            if (fallback == null || parent.techLevel() > fallback.techLevel()) fallback = parent;
        }
        return fallback;
    }

    private Assembler assembler() {
        return d.assemblers().get(Draw.weighted(r, assemblerWeights));
    }

    /** Running sums of employees of tier 2 and tier 3, for drawing parents while the district is built. */
    private double[] sizeCum2, sizeCum3;

    private double[] employeeSums(List<Firm> firms) {
        double[] w = new double[firms.size()];
        for (int i = 0; i < w.length; i++) w[i] = firms.get(i).employees();
        return Draw.cumulative(w);
    }

    /** A firm of the given tier, chosen with chance proportional to its employees (initial build only). */
    private Firm largeFirm(int tier) {
        List<Firm> firms = d.tier(tier);
        if (firms.isEmpty()) return null;
        return firms.get(Draw.weighted(r, tier == 2 ? sizeCum2 : sizeCum3));
    }

    public static boolean isCustomer(Firm f, Buyer b) {
        for (SupplyLink l : f.customers()) if (!l.isDead() && l.buyer() == b) return true;
        return false;
    }

    /** A new tie; the buyer's side holds it as a supplier link. */
    public SupplyLink link(Buyer b, Firm f, double volume) {
        // assemblers pay in notes, firms in cash [IA-1999]
        return SupplyLink.make(b, f, volume, b.isAssembler() ? s.assemblers().payment().baseMonths() : 0);
    }

    /** Cash, debt and the notes a firm in a steady state would already hold. */
    public void openBooks(Firm f, double cashMonths, double debtMonths) {
        double monthly = 0;
        for (SupplyLink l : f.customers()) {
            monthly += l.salesEma();
            for (int k = 0; k < l.delayMonths(); k++) f.books().issue(l.salesEma(), k);
        }
        f.setSalesEma(monthly);
        f.startSmoothing(s.firms().utilisation());
        f.books().open(cashMonths * f.monthlyCosts(), debtMonths * monthly);
    }
}
