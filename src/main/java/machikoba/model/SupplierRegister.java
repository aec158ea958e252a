package machikoba.model;

import machikoba.scenario.Scenario;

import java.util.Arrays;
import java.util.List;

/**
 * What the assemblers' year-end reviews ({@link Offshoring}, {@link SupplierSelection}) know of
 * each firm that supplies them: its score, and what it needs to say how much more volume it
 * takes ({@link IndependenceStance}). At national size the reviews rank and fill some 450,000
 * links a year, most of them more than once; looking into each supplier's own lists at every
 * look costs several cache misses, so the register reads every firm of tiers 2 and 3 once, on
 * the district's threads, into arrays by firm id.
 * <p>
 * The register must never say what a look into the firm would not: whoever changes a firm's
 * customer links during the reviews (volume placed, shifted or moved abroad, a link dropped or
 * made) calls {@link #changed}, and the firm's orders are summed again at its next look. The
 * rest needs no such care: the reviews change only links to assemblers, never the work a firm
 * gives out, and cost, technology, delivery, capacity and stance do not change while they run.
 */
final class SupplierRegister {
    private final Scenario.Procurement weights;
    private double[] score = new double[0], routine = new double[0], total = new double[0],
            capacity = new double[0], maxTopShare = new double[0];
    /** Firms entered in the register, by id. */
    private boolean[] known = new boolean[0];
    /** Firms whose summed orders ({@code total}) are what a look into them would give now. */
    private boolean[] fresh = new boolean[0];
    private final ParallelPass pass;

    private SupplierRegister(Scenario.Procurement weights, ParallelPass pass) {
        this.weights = weights;
        this.pass = pass;
    }

    /** Reads every firm that can supply an assembler (tiers 2 and 3). */
    static SupplierRegister read(District d) {
        SupplierRegister r = new SupplierRegister(d.scenario.assemblers().procurement(), d.pass());
        r.ensure(d.nextFirmId);
        List<Firm> t2 = d.tier(2), t3 = d.tier(3);
        int n2 = t2.size(), n = n2 + t3.size();
        // each index writes only its own firm's slots: the same arrays whatever the threads
        d.pass().forEach(n, i -> r.enter(i < n2 ? t2.get(i) : t3.get(i - n2)));
        return r;
    }

    private void ensure(int ids) {
        if (score.length >= ids) return;
        score = Arrays.copyOf(score, ids);
        routine = Arrays.copyOf(routine, ids);
        total = Arrays.copyOf(total, ids);
        capacity = Arrays.copyOf(capacity, ids);
        maxTopShare = Arrays.copyOf(maxTopShare, ids);
        known = Arrays.copyOf(known, ids);
        fresh = Arrays.copyOf(fresh, ids);
    }

    private void enter(Firm f) {
        int id = f.id;
        score[id] = SupplierSelection.score(weights, f);
        routine[id] = IndependenceStance.routine(f);
        total[id] = IndependenceStance.total(f);
        capacity[id] = f.capacity;
        maxTopShare[id] = f.maxTopShare;
        known[id] = true;
        fresh[id] = true;
    }

    /** The firm's links changed: its next look reads it again. */
    void changed(Firm f) {
        changed(f.id);
    }

    void changed(int firm) {
        if (firm < fresh.length) fresh[firm] = false;
    }

    private void look(Firm f) {
        if (f.id < fresh.length && fresh[f.id]) return;
        if (f.id < known.length && known[f.id]) {
            total[f.id] = IndependenceStance.total(f);
            fresh[f.id] = true;
        } else {
            ensure(f.id + 1);
            enter(f);
        }
    }

    /**
     * Reads again, on the district's threads, the firms at the ranked positions [from, to) whose
     * links changed, ahead of a pass that will look at each (an assembler has one link to a
     * firm, so each index writes its own firm's slots).
     */
    void refresh(SupplierRoster roster, int[] ranked, int from, int to) {
        pass.forEach(to - from, 256, i -> {
            SupplyLink l = roster.link(ranked[from + i]);
            int id = l.supplierId;
            if (id < fresh.length && known[id] && !fresh[id]) {
                total[id] = IndependenceStance.total(l.supplier);
                fresh[id] = true;
            }
        });
    }

    double score(Firm f) {
        if (f.id >= known.length || !known[f.id]) look(f);
        return score[f.id];
    }

    /** The score of the link's supplier, given its id: the firm is looked into only if it is not in the register. */
    double score(int firm, SupplyLink l) {
        return firm < known.length && known[firm] ? score[firm] : score(l.supplier);
    }

    /** {@link IndependenceStance#room}, to the bit. */
    double room(Firm f, SupplyLink link) {
        look(f);
        return room(f.id, link == null ? 0 : link.volume);
    }

    /** The same for a link of the given volume whose supplier has the given id. */
    double room(int firm, double linkVolume, SupplyLink l) {
        if (firm >= fresh.length || !fresh[firm]) look(l.supplier);
        return room(firm, linkVolume);
    }

    private double room(int id, double linkVolume) {
        return IndependenceStance.room(capacity[id], maxTopShare[id], routine[id], total[id], linkVolume);
    }
}
