package machikoba.model;

import machikoba.scenario.Scenario;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * An assembler's yearly review of its supplier base [U-2009]: it ranks suppliers on cost,
 * quality and delivery; in the scenario's rationalisation years it trims the base (Nissan
 * 1,145 to under 600); it replaces a few of the worst; it shifts volume from weaker to better
 * suppliers as far as they take it (capacity, independence stance) — the first step of the
 * dependence trap [IA-1999] — and re-sources volume that dead or dropped suppliers left.
 */
public final class SupplierSelection {
    private SupplierSelection() { }

    /** Higher is better: cheap, capable and on time. */
    public static double score(Scenario.Procurement w, double unitCost, double techLevel, double fillRate) {
        return w.cost() / unitCost + w.quality() * techLevel + w.delivery() * fillRate;
    }

    static double score(Scenario.Procurement w, Firm f) {
        return score(w, f.unitCost, f.techLevel, f.fillEma);
    }

    static void review(Assembler a, District d) {
        Scenario.Assemblers rules = d.scenario.assemblers();
        a.compact();
        List<SupplyLink> ranked = new ArrayList<>(a.suppliers);
        sortByScore(ranked, rules.procurement(), true, d.pass());
        int year = d.year();
        if (year >= rules.trimFromYear() && year <= rules.trimToYear()) {
            a.targetSuppliers = (int) Math.round(a.targetSuppliers * (1 - rules.supplierTrimPerYear()));
        }
        int replace = Draw.count(d.random, ranked.size() * rules.turnover());
        int keep = Math.max(1, Math.min(ranked.size() - replace, a.targetSuppliers));
        while (ranked.size() > keep) drop(ranked.remove(ranked.size() - 1), d);
        a.compact();
        shiftToBest(ranked, rules.shiftToBest(), d);
        resource(a, ranked, d);
    }

    /**
     * Sorts links by their supplier's score (best or worst first), ties by firm id. Each score is
     * computed once, not at every comparison: a national assembler ranks a thousand suppliers.
     */
    static void sortByScore(List<SupplyLink> links, Scenario.Procurement w, boolean bestFirst) {
        sortByScore(links, w, bestFirst, null);
    }

    /** The same with the scores worked out on the district's threads (each reads one firm). */
    static void sortByScore(List<SupplyLink> links, Scenario.Procurement w, boolean bestFirst, ParallelPass pass) {
        record Scored(SupplyLink link, double score) { }
        Scored[] a = new Scored[links.size()];
        if (pass == null) for (int i = 0; i < a.length; i++) a[i] = new Scored(links.get(i), score(w, links.get(i).supplier));
        else pass.forEach(a.length, 128, i -> a[i] = new Scored(links.get(i), score(w, links.get(i).supplier)));
        Comparator<Scored> byScore = Comparator.comparingDouble(Scored::score);
        if (bestFirst) byScore = byScore.reversed();
        Arrays.sort(a, byScore.thenComparingInt(x -> x.link.supplier.id));
        for (int i = 0; i < a.length; i++) links.set(i, a[i].link);
    }

    /** The assembler ends the tie; for a firm that relied on it, this is losing its parent. */
    static void drop(SupplyLink l, District d) {
        if (l.leverage() >= 0.5) l.supplier.lostParentStep = d.step();
        l.dead = true;
        l.supplier.customers.remove(l);
    }

    /** Moves a share of the lower half's volume to the upper half, as far as they accept it. */
    private static void shiftToBest(List<SupplyLink> ranked, double share, District d) {
        if (ranked.isEmpty()) return; // an assembler of a small district can lose every supplier
        int half = ranked.size() / 2;
        double pool = 0;
        for (int i = ranked.size() - 1; i >= half && i > 0; i--) {
            SupplyLink l = ranked.get(i);
            double take = l.volume * share;
            l.volume -= take;
            pool += take;
        }
        pool = place(ranked.subList(0, Math.max(1, half)), pool, d);
        // what the best would not take returns to where it came from
        if (pool > 0) place(ranked.subList(Math.max(1, half), ranked.size()), pool, d);
    }

    /** Gives volume to the links in order, each up to what its firm accepts; returns what is left. */
    static double place(List<SupplyLink> links, double volume) {
        for (int i = 0; i < links.size() && volume > 1e-12; i++) {
            SupplyLink l = links.get(i);
            double x = Math.min(volume, IndependenceStance.room(l.supplier, l));
            l.volume += x;
            volume -= x;
        }
        return volume;
    }

    /** Links whose firms' room is worked out at once, ahead of placing. */
    private static final int ROOM_BLOCK = 512;

    /**
     * {@link #place(List, double)} with the firms' room worked out ahead on the district's threads,
     * a block at a time: placing on one link changes only its own firm's room, so a room read
     * ahead is the room the loop would have seen, unless the firm came up earlier in the list;
     * such a firm's room is worked out again when its turn comes.
     */
    static double place(List<SupplyLink> links, double volume, District d) {
        ParallelPass pass = d.pass();
        if (pass.workers() == 1) return place(links, volume);
        int n = links.size();
        double[] room = new double[Math.min(n, ROOM_BLOCK)];
        int[] firm = new int[room.length];
        int[] placedIds = new int[n];
        int placed = 0;
        java.util.BitSet seen = d.placedFirms; // kept by the district: a new one per call would grow to the highest id each time
        // blocks start small and double: the volume is often placed within the first few links
        for (int from = 0, block = 16; from < n && volume > 1e-12; from += block, block = Math.min(ROOM_BLOCK, 2 * block)) {
            int start = from, count = Math.min(block, n - from);
            pass.forEach(count, 64, k -> {
                SupplyLink l = links.get(start + k);
                firm[k] = l.supplier.id;
                room[k] = IndependenceStance.room(l.supplier, l);
            });
            for (int k = 0; k < count && volume > 1e-12; k++) {
                SupplyLink l = links.get(start + k);
                double r = seen.get(firm[k]) ? IndependenceStance.room(l.supplier, l) : room[k];
                seen.set(firm[k]);
                placedIds[placed++] = firm[k];
                double x = Math.min(volume, r);
                l.volume += x;
                volume -= x;
            }
        }
        for (int k = 0; k < placed; k++) seen.clear(placedIds[k]);
        return volume;
    }

    /** Volume wanted but not placed goes to current suppliers first, then to new ones found by sampling. */
    private static void resource(Assembler a, List<SupplyLink> ranked, District d) {
        double missing = a.baseDemand - a.placedVolume();
        if (missing <= 1e-9) return;
        missing = place(ranked, missing, d);
        Scenario.Assemblers rules = d.scenario.assemblers();
        for (int tries = 0; missing > 1e-9 && tries < 50; tries++) {
            Firm f = CustomerSearch.sampleSupplier(d, rules.searchSample(), rules.procurement(), a);
            if (f == null) break;
            double x = Math.min(missing, IndependenceStance.room(f, null));
            if (x <= 0) continue;
            d.population().link(a, f, x);
            missing -= x;
        }
        // left over: the assembler makes it in-house or buys it elsewhere
        a.baseDemand -= Math.max(0, missing);
    }
}
