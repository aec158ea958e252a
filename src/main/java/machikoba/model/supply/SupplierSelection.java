package machikoba.model.supply;

import machikoba.model.Assembler;
import machikoba.model.District;
import machikoba.model.Draw;
import machikoba.model.Firm;
import machikoba.model.SupplyLink;
import machikoba.model.engine.RosterIndex;
import machikoba.model.engine.SupplierIndex;

import machikoba.scenario.Scenario;

/**
 * An assembler's yearly review of its supplier base [U-2009]: it ranks suppliers on cost,
 * quality and delivery; in the scenario's rationalisation years it trims the base (Nissan
 * 1,145 to under 600); it replaces a few of the worst; it shifts volume from weaker to better
 * suppliers as far as they take it (capacity, independence stance) — the first step of the
 * dependence trap [IA-1999] — and re-sources volume that dead or dropped suppliers left.
 */
public final class SupplierSelection {
    private SupplierSelection() { }

    /** Higher is better: cheap (cost per unit, 1 = a start-year firm), capable and on time. */
    public static double score(Scenario.Procurement w, double costPerUnit, double techLevel, double fillRate) {
        return w.cost() / costPerUnit + w.quality() * techLevel + w.delivery() * fillRate;
    }

    /** A supplier's score: its whole cost per unit counts (materials and labour), so rationalising raises it. */
    public static double score(Scenario.Procurement w, Firm f) {
        return score(w, f.costPerUnit(), f.techLevel(), f.fillEma());
    }

    /** A supplier's score on one link: the buyer adds for the skill it built in this supplier by guidance [U-2009]. */
    public static double linkScore(double supplierScore, SupplyLink l, double specificSkill) {
        return supplierScore + specificSkill * l.closeness();
    }

    /** A review on its own (the year end reviews every assembler with one {@link SupplierIndex}). */
    public static void review(Assembler a, District d) {
        review(a, d, SupplierIndex.read(d), RosterIndex.read(a));
    }

    public static void review(Assembler a, District d, SupplierIndex register, RosterIndex roster) {
        Scenario.Assemblers rules = d.scenario().assemblers();
        roster.compact();
        int[] ranked = roster.rank(register, true);
        int year = d.year();
        if (year >= rules.trimFromYear() && year <= rules.trimToYear()) {
            a.setTargetSuppliers((int) Math.round(a.targetSuppliers() * (1 - rules.supplierTrimPerYear())));
        }
        int replace = Draw.count(d.random, ranked.length * rules.turnover());
        int keep = Math.max(1, Math.min(ranked.length - replace, a.targetSuppliers()));
        int m = ranked.length;
        while (m > keep) roster.drop(ranked[--m], d, register);
        int[] moved = roster.compact();
        for (int i = 0; i < m; i++) ranked[i] = moved[ranked[i]];
        shiftToBest(roster, ranked, m, rules.shiftToBest(), register);
        resource(a, roster, ranked, m, d, register);
    }

    /** The assembler ends the tie; for a firm that relied on it, this is losing its parent. */
    public static void drop(SupplyLink l, District d, SupplierIndex register) {
        l.drop(d.step());
        register.dropped(l);
    }

    /** Moves a share of the lower half's volume to the upper half, as far as they accept it. */
    private static void shiftToBest(RosterIndex roster, int[] ranked, int m, double share, SupplierIndex register) {
        if (m == 0) return; // an assembler of a small district can lose every supplier
        int half = m / 2;
        double pool = 0;
        for (int i = m - 1; i >= half && i > 0; i--) {
            int p = ranked[i];
            double take = roster.volume(p) * share;
            roster.setVolume(p, roster.volume(p) - take, register);
            pool += take;
        }
        pool = place(roster, ranked, 0, Math.max(1, half), pool, register);
        // what the best would not take returns to where it came from
        if (pool > 0) place(roster, ranked, Math.max(1, half), m, pool, register);
    }

    /**
     * Gives volume to the links at the ranked positions [from, to) in order, each up to what its
     * firm accepts; returns what is left.
     */
    public static double place(RosterIndex roster, int[] ranked, int from, int to, double volume, SupplierIndex register) {
        if (volume > 1e-12) register.refresh(roster, ranked, from, to);
        for (int i = from; i < to && volume > 1e-12; i++) {
            int p = ranked[i];
            double x = Math.min(volume, roster.room(p, register));
            if (x == 0) continue; // nothing placed: the link and the firm stay as they are
            roster.setVolume(p, roster.volume(p) + x, register);
            volume -= x;
        }
        return volume;
    }

    /** Volume wanted but not placed goes to current suppliers first, then to new ones found by sampling. */
    private static void resource(Assembler a, RosterIndex roster, int[] ranked, int m, District d, SupplierIndex register) {
        double missing = a.baseDemand() - roster.placedVolume();
        if (missing <= 1e-9) return;
        missing = place(roster, ranked, 0, m, missing, register);
        Scenario.Assemblers rules = d.scenario().assemblers();
        for (int tries = 0; missing > 1e-9 && tries < 50; tries++) {
            Firm f = CustomerSearch.sampleSupplier(d, rules.searchSample(), roster, register);
            if (f == null) break;
            double x = Math.min(missing, register.room(f, null));
            if (x <= 0) continue;
            roster.linked(d.population().link(a, f, x), register);
            missing -= x;
        }
        // left over: the assembler makes it in-house or buys it elsewhere
        a.setBaseDemand(a.baseDemand() - Math.max(0, missing));
    }
}
