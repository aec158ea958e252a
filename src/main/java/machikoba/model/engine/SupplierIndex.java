package machikoba.model.engine;

import machikoba.model.District;
import machikoba.model.Firm;
import machikoba.model.SupplyLink;
import machikoba.model.supply.IndependenceStance;
import machikoba.model.supply.SupplierSelection;

import machikoba.scenario.Scenario;

import java.util.Arrays;
import java.util.List;

/**
 * An index, by firm id, of what the assemblers' year-end reviews ({@link Offshoring},
 * {@link SupplierSelection}) know of each firm that supplies them: its score, and what it needs to say how much more volume it
 * takes ({@link IndependenceStance}). At national size the reviews rank and fill some 450,000
 * links a year, most of them more than once; looking into each supplier's own lists at every
 * look costs several cache misses, so the register reads every firm of tiers 2 and 3 once, on
 * the district's threads, into arrays by firm id.
 * <p>
 * The register must never say what a look into the firm would not: whoever changes a firm's
 * customer links during the reviews tells it ({@link #volumeSet}, {@link #dropped},
 * {@link #linked}), and the firm's orders are summed again at its next look. The sum is made
 * from the register's ledger: each firm's customer links, volume and whether dead, copied in
 * the order of its list, so that summing them again (many firms are summed again several times
 * a year) reads one short stretch of an array, not the firm's list and every link in it. A
 * firm that gains a link falls back to its own list. The rest needs no such care: the reviews
 * change only links to assemblers, never the work a firm gives out, and cost, technology,
 * delivery, capacity and stance do not change while they run.
 */
public final class SupplierIndex {
    private final Scenario.Procurement weights;
    /** What a buyer adds for a supplier's relation-specific skill on the link ({@link SupplierSelection#linkScore}). */
    private final double specificSkill;
    private double[] score = new double[0], routine = new double[0], total = new double[0],
            capacity = new double[0], maxTopShare = new double[0];
    /** Firms entered in the register, by id. */
    private boolean[] known = new boolean[0];
    /** Firms whose summed orders ({@code total}) are what a look into them would give now. */
    private boolean[] fresh = new boolean[0];
    /** By firm id, where its customer links start in the ledger (-1: not in it; sum its list). */
    private int[] ledgerFrom = new int[0];
    /** By firm id, how many customer links it had when read. */
    private int[] ledgerSize = new int[0];
    /**
     * Every read firm's customer links in the order of its list: the link itself (to find its
     * slot: a firm has a few), its volume and whether it is dead.
     */
    private SupplyLink[] ledgerLink = new SupplyLink[0];
    private double[] ledgerVolume = new double[0];
    private boolean[] ledgerDead = new boolean[0];
    private final ParallelPass pass;

    private SupplierIndex(Scenario.Procurement weights, double specificSkill, ParallelPass pass) {
        this.weights = weights;
        this.specificSkill = specificSkill;
        this.pass = pass;
    }

    /** Reads every firm that can supply an assembler (tiers 2 and 3). */
    public static SupplierIndex read(District d) {
        SupplierIndex r = new SupplierIndex(d.scenario().assemblers().procurement(), d.scenario().rationalisation().specificSkill(), d.pass());
        r.ensure(d.nextFirmId());
        List<Firm> t2 = d.tier(2), t3 = d.tier(3);
        int n2 = t2.size(), n = n2 + t3.size();
        // each index writes only its own firm's slots and its own stretch of the ledger: the
        // same arrays whatever the threads
        int[] from = new int[n + 1];
        d.pass().forEach(n, i -> from[i + 1] = (i < n2 ? t2.get(i) : t3.get(i - n2)).customers().size());
        for (int i = 0; i < n; i++) from[i + 1] += from[i];
        r.ledgerLink = new SupplyLink[from[n]];
        r.ledgerVolume = new double[from[n]];
        r.ledgerDead = new boolean[from[n]];
        d.pass().forEach(n, i -> r.enter(i < n2 ? t2.get(i) : t3.get(i - n2), from[i]));
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
        int old = ledgerFrom.length;
        ledgerFrom = Arrays.copyOf(ledgerFrom, ids);
        ledgerSize = Arrays.copyOf(ledgerSize, ids);
        Arrays.fill(ledgerFrom, old, ids, -1);
    }

    /** Enters the firm, its customer links at the ledger's slots from {@code slot} on. */
    private void enter(Firm f, int slot) {
        int id = f.id();
        List<SupplyLink> links = f.customers();
        for (int j = 0, k = links.size(); j < k; j++) {
            SupplyLink l = links.get(j);
            ledgerLink[slot + j] = l;
            ledgerVolume[slot + j] = l.volume();
            ledgerDead[slot + j] = l.isDead();
        }
        ledgerFrom[id] = slot;
        ledgerSize[id] = links.size();
        enter(f);
    }

    private void enter(Firm f) {
        int id = f.id();
        score[id] = SupplierSelection.score(weights, f);
        routine[id] = IndependenceStance.routine(f);
        total[id] = total(f);
        capacity[id] = f.capacity();
        maxTopShare[id] = f.maxTopShare();
        known[id] = true;
        fresh[id] = true;
    }

    /** {@link IndependenceStance#total}, to the bit: the same volumes in the same order, from the ledger if the firm is in it. */
    private double total(Firm f) {
        int id = f.id(), from = id < ledgerFrom.length ? ledgerFrom[id] : -1;
        if (from < 0) return IndependenceStance.total(f);
        double total = 0;
        for (int s = from, end = from + ledgerSize[id]; s < end; s++) if (!ledgerDead[s]) total += ledgerVolume[s];
        return total;
    }

    /** The link's volume was set: its firm's next look sums its orders again. */
    public void volumeSet(SupplyLink l) {
        int s = slot(l);
        if (s >= 0) ledgerVolume[s] = l.volume();
        stale(l.supplierId());
    }

    /** The link was dropped (dead, and out of its firm's list). */
    public void dropped(SupplyLink l) {
        int s = slot(l);
        if (s >= 0) ledgerDead[s] = true; // a dead link adds nothing, wherever it stood
        stale(l.supplierId());
    }

    /** The firm has a new customer link, which its stretch of the ledger has no room for: its own list counts from now on. */
    public void linked(Firm f) {
        if (f.id() < ledgerFrom.length) ledgerFrom[f.id()] = -1;
        stale(f.id());
    }

    /** Where the link stands in the ledger (-1: not there, as links made since the reading). */
    private int slot(SupplyLink l) {
        int id = l.supplierId(), from = id < ledgerFrom.length ? ledgerFrom[id] : -1;
        if (from < 0) return -1;
        for (int s = from, end = from + ledgerSize[id]; s < end; s++) if (ledgerLink[s] == l) return s;
        return -1;
    }

    private void stale(int firm) {
        if (firm < fresh.length) fresh[firm] = false;
    }

    private void look(Firm f) {
        if (f.id() < fresh.length && fresh[f.id()]) return;
        if (f.id() < known.length && known[f.id()]) {
            total[f.id()] = total(f);
            fresh[f.id()] = true;
        } else {
            ensure(f.id() + 1);
            enter(f);
        }
    }

    /**
     * Reads again, on the district's threads, the firms at the ranked positions [from, to) whose
     * links changed, ahead of a pass that will look at each (an assembler has one link to a
     * firm, so each index writes its own firm's slots).
     */
    public void refresh(RosterIndex roster, int[] ranked, int from, int to) {
        pass.forEach(to - from, 256, i -> {
            SupplyLink l = roster.link(ranked[from + i]);
            int id = l.supplierId();
            if (id < fresh.length && known[id] && !fresh[id]) {
                total[id] = total(l.supplier());
                fresh[id] = true;
            }
        });
    }

    public double score(Firm f) {
        if (f.id() >= known.length || !known[f.id()]) look(f);
        return score[f.id()];
    }

    /** The score of the link's supplier, given its id, with its skill specific to this buyer: the firm is looked into only if it is not in the register. */
    public double score(int firm, SupplyLink l) {
        double s = firm < known.length && known[firm] ? score[firm] : score(l.supplier());
        return SupplierSelection.linkScore(s, l, specificSkill);
    }

    /** {@link IndependenceStance#room}, to the bit. */
    public double room(Firm f, SupplyLink link) {
        look(f);
        return room(f.id(), link == null ? 0 : link.volume());
    }

    /** The same for a link of the given volume whose supplier has the given id. */
    public double room(int firm, double linkVolume, SupplyLink l) {
        if (firm >= fresh.length || !fresh[firm]) look(l.supplier());
        return room(firm, linkVolume);
    }

    private double room(int id, double linkVolume) {
        return IndependenceStance.room(capacity[id], maxTopShare[id], routine[id], total[id], linkVolume);
    }
}
