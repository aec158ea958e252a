package machikoba.model.life;

import machikoba.model.Buyer;
import machikoba.model.District;
import machikoba.model.Draw;
import machikoba.model.Firm;
import machikoba.model.supply.CustomerSearch;

import machikoba.scenario.Scenario;

import java.util.ArrayList;
import java.util.List;

/**
 * New firms enter every month at the scenario's yearly rate: spin-offs that start with their
 * former employer as customer, and others that find one buyer [IA-1999, U-2009]. Entry needs
 * costly machinery: a new firm starts in debt [U-2009].
 */
public final class Entry {
    /** A new firm expects orders for this share of its plant, and starts with months of costs in cash and of sales in debt. */
    static final double START_LOAD = 0.6, START_CASH_MONTHS = 3, START_DEBT_MONTHS = 6;
    /** Founders without a former employer start in tier 3 with this chance, else in tier 4. */
    static final double TIER3_CHANCE = 0.4;
    /** Founders are 30 to 45 years old (an assumption). */
    static final int FOUNDER_AGE_FROM = 30, FOUNDER_AGE_SPAN = 16;

    private Entry() { }

    public static void month(District d) {
        Scenario.Entry rule = d.scenario().entry();
        int alive = d.firmCount();
        int n = Draw.count(d.random, rule.rate() * alive / 12.0);
        for (int i = 0; i < n; i++) enterOne(d, rule);
    }

    /** One founder enters now, as the scenario's entrants do (a lever's extra founders, {@code model/policy}). */
    public static Firm found(District d) { return enterOne(d, d.scenario().entry()); }

    private static Firm enterOne(District d, Scenario.Entry rule) {
        Population pop = d.population();
        Firm employer = null;
        if (d.random.nextDouble() < rule.spinOffShare()) {
            int t = d.random.nextBoolean() ? 2 : 3;
            employer = CustomerSearch.largestOfSample(d.tier(t), 3, d.random);
        }
        int tier = employer != null ? employer.tier() + 1 : (d.random.nextDouble() < TIER3_CHANCE ? 3 : 4);
        int skill = employer != null ? employer.skill() : Draw.weighted(d.random, pop.skillWeights());
        Firm f = d.newFirm(tier, skill);
        Scenario.SizeClass smallest = d.scenario().firms().sizeClasses().get(0);
        f.setEmployees(smallest.min() + d.random.nextInt(smallest.max() - smallest.min() + 1));
        f.setTechLevel(Draw.lognormal(d.random, d.scenario().economy().techLevelSd()));
        pop.describe(f);
        int age = FOUNDER_AGE_FROM + d.random.nextInt(FOUNDER_AGE_SPAN);
        f.newOwner(age, pop.retirementAge(age, d.random.nextGaussian()));
        Buyer first = employer != null ? employer : CustomerSearch.sampleBuyer(f, d);
        if (first != null) CustomerSearch.win(f, first, START_LOAD * f.capacity(), d);
        f.expectOrders(START_LOAD * f.capacity());
        pop.openBooks(f, START_CASH_MONTHS, START_DEBT_MONTHS);
        d.entered(f);
        return f;
    }
}
