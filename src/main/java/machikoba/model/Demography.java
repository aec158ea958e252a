package machikoba.model;

import machikoba.scenario.Scenario;

import java.util.ArrayList;
import java.util.List;

/**
 * End of month: firms that exited leave the lists (their neighbouring firms drop the dead links),
 * and new firms enter at the scenario's yearly rate — spin-offs that start with their former
 * employer as customer, and others that find one buyer [IA-1999, U-2009].
 */
final class Demography {
    private Demography() { }

    static void run(District d) {
        if (!d.exitsThisMonth.isEmpty()) cleanUp(d);
        enter(d);
    }

    private static void cleanUp(District d) {
        // assemblers drop their dead links when they next order (Assembler.placeOrders): a
        // national district has hundreds of them, and a pass over their lists here would look
        // at every link once more each month
        boolean[] tierTouched = new boolean[d.tiers.length];
        for (Firm f : d.exitsThisMonth) {
            tierTouched[f.tier - 2] = true;
            for (SupplyLink l : f.customers) if (l.buyer instanceof Firm b) b.subcontractors.remove(l);
            for (SupplyLink l : f.subcontractors) {
                l.supplier.customers.remove(l);
                l.supplier.customersChanged();
            }
        }
        // exits are found by id and the lists close up a stretch at a time (TierList): at national
        // size a look at every firm, or a store of every reference after the first gap, costs
        for (int t = 0; t < d.tiers.length; t++) {
            if (tierTouched[t] && !d.tiers[t].removeExits(d.exitsThisMonth, t + 2)) d.tiers[t].removeIf(f -> !f.alive());
        }
    }

    private static void enter(District d) {
        Scenario.Entry rule = d.scenario.entry();
        int alive = d.tiers[0].size() + d.tiers[1].size() + d.tiers[2].size();
        int n = Draw.count(d.random, rule.rate() * alive / 12.0);
        for (int i = 0; i < n; i++) enterOne(d, rule);
    }

    private static void enterOne(District d, Scenario.Entry rule) {
        Population pop = d.population();
        Firm employer = null;
        if (d.random.nextDouble() < rule.spinOffShare()) {
            int t = d.random.nextBoolean() ? 2 : 3;
            employer = CustomerSearch.largestOfSample(d.tier(t), 3, d.random);
        }
        int tier = employer != null ? employer.tier + 1 : (d.random.nextDouble() < 0.4 ? 3 : 4);
        int skill = employer != null ? employer.skill : Draw.weighted(d.random, pop.skillWeights());
        Firm f = d.newFirm(tier, skill);
        Scenario.SizeClass smallest = d.scenario.firms().sizeClasses().get(0);
        f.employees = smallest.min() + d.random.nextInt(smallest.max() - smallest.min() + 1);
        f.setTechLevel(Draw.lognormal(d.random, d.scenario.economy().techLevelSd()));
        pop.describe(f);
        f.ownerAge = 30 + d.random.nextInt(16);
        f.retirementAge = pop.retirementAge(f.ownerAge, d.random.nextGaussian());
        Buyer first = employer != null ? employer : CustomerSearch.sampleBuyer(f, d);
        if (first != null) CustomerSearch.win(f, first, 0.6 * f.capacity, d);
        f.orders = f.baseline = 0.6 * f.capacity;
        // entry needs costly machinery: the new firm starts in debt [U-2009]
        pop.openBooks(f, 3, 6);
        d.entriesThisMonth.add(f);
    }
}
