package machikoba.model.supply;

import machikoba.model.Assembler;
import machikoba.model.Buyer;
import machikoba.model.District;
import machikoba.model.Firm;
import machikoba.model.SupplyLink;
import machikoba.model.engine.RosterIndex;
import machikoba.model.engine.SupplierIndex;
import machikoba.model.life.Population;
import machikoba.model.network.ClientReferral;

import ec.util.MersenneTwisterFast;
import machikoba.scenario.Scenario;

import java.util.List;

/**
 * Finding customers, from both sides. Independent firms balance their sales by searching
 * every year, harder when their top customer is past the share they tolerate [IA-1999];
 * a firm without such a stance searches only when its plant is idle or it lost its parent.
 * A search may win a new buyer,
 * who moves a slice of orders from its other suppliers [IA-1999]; an assembler short of
 * suppliers samples firms and takes the best. Search samples a few candidates; it never
 * scans the district.
 */
public final class CustomerSearch {
    /** Share of a firm's normal orders a new buyer brings. */
    static final double NEW_BUYER_SLICE = 0.15;
    /** A plant used less than this is idle: its owner looks for work. */
    static final double IDLE = 0.6;
    /** A firm whose top buyer is past its cap searches twice as hard; an idle or orphaned one half as hard again [IA-1999]. */
    static final double PAST_CAP = 2, IDLE_OR_ORPHANED = 1.5;
    /** Firms one tier up a search looks at, and draws it makes before it gives up. */
    static final int BUYER_SAMPLE = 3, BUYER_TRIES = 5;

    private CustomerSearch() { }

    /** Chance of winning a new customer this year. */
    public static double chance(double effort, double topShare, double maxTopShare, double utilisation,
                                boolean lostParent) {
        boolean stance = maxTopShare < 1;
        boolean idle = utilisation < IDLE;
        if (!stance && !idle && !lostParent) return 0;
        double p = effort;
        if (stance && topShare > maxTopShare) p *= PAST_CAP;
        if (idle || lostParent) p *= IDLE_OR_ORPHANED;
        return Math.min(1, p);
    }

    /**
     * This year's chance that the firm's own sales effort finds a buyer: what it learnt of
     * markets in networks makes it find one more often. Reads only the firm, so the year end
     * works it out for every firm on the district's threads.
     */
    public static double chance(Firm f, District d) {
        // the top share matters only to a firm with a stance: the others need not look through their customers
        double top = f.maxTopShare() < 1 ? f.topShare() : 0;
        return Math.min(1, (1 + f.networkingOrNone().knowledge()) * chance(d.scenario().economy().searchEffort(), top,
                f.maxTopShare(), f.utilisation(), f.lostParentRecently(d.step())));
    }

    /** Own sales effort, if it found a buyer this year, then a referral through network partners ({@link ClientReferral}). */
    public static void search(Firm f, boolean effortFound, District d) {
        if (effortFound) ownEffort(f, d);
        if (!f.networkingOrNone().ties().isEmpty()) ClientReferral.seek(f, d);
    }

    /** The effort found a buyer: a sample of them, and the volume the firm can take. */
    private static void ownEffort(Firm f, District d) {
        Buyer b = sampleBuyer(f, d);
        if (b == null) return;
        double volume = Math.min(IndependenceStance.room(f, null), newBuyerVolume(f));
        if (volume <= 1e-9) return;
        win(f, b, volume, d);
    }

    /** What a new buyer gives a firm at most: a slice of its normal orders, or of half its plant if it has few [IA-1999]. */
    public static double newBuyerVolume(Firm f) {
        return NEW_BUYER_SLICE * Math.max(f.baseline(), f.capacity() * 0.5);
    }

    /** The new buyer moves the volume over from its other suppliers, so its total stays the same. */
    public static void win(Firm f, Buyer b, double volume, District d) {
        List<SupplyLink> others = b instanceof Assembler a ? a.supplierLinks()
                : b instanceof Firm bf ? bf.subcontractors() : null;
        if (others != null) {
            double total = 0;
            for (SupplyLink l : others) if (!l.isDead()) total += l.volume();
            if (total > 0) {
                double keep = Math.max(0, 1 - volume / total);
                for (SupplyLink l : others) l.setVolume(l.volume() * keep);
                volume = Math.min(volume, total);
            }
        }
        d.population().link(b, f, volume);
    }

    /** Assemblers for tiers 2 and 3, and firms one tier up, as the pyramid allows. */
    public static Buyer sampleBuyer(Firm f, District d) {
        MersenneTwisterFast r = d.random;
        Scenario.TierMix mix = d.scenario().firms().tiers();
        for (int tries = 0; tries < BUYER_TRIES; tries++) {
            Buyer b;
            if (f.tier() == 2 || (f.tier() == 3 && r.nextDouble() < mix.tier3ToAssemblers())) {
                b = d.assemblers().get(r.nextInt(d.assemblers().size()));
            } else {
                b = largestOfSample(d.tier(f.tier() - 1), BUYER_SAMPLE, r);
            }
            if (b != null && !Population.isCustomer(f, b) && b != f) return b;
        }
        return null;
    }

    public static Firm largestOfSample(List<Firm> firms, int sample, MersenneTwisterFast r) {
        Firm best = null;
        if (firms.isEmpty()) return null;
        for (int i = 0; i < sample; i++) {
            Firm c = firms.get(r.nextInt(firms.size()));
            if (c.alive() && (best == null || c.employees() > best.employees())) best = c;
        }
        return best;
    }

    /** An assembler's search for a new supplier among tier 2 and 3: the best of a sample. */
    public static Firm sampleSupplier(District d, int sample, RosterIndex roster, SupplierIndex register) {
        MersenneTwisterFast r = d.random;
        List<Firm> t2 = d.tier(2), t3 = d.tier(3);
        int n = t2.size() + t3.size();
        if (n == 0) return null;
        Firm best = null;
        double bestScore = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < sample; i++) {
            int k = r.nextInt(n);
            Firm c = k < t2.size() ? t2.get(k) : t3.get(k - t2.size());
            if (!c.alive() || roster.supplies(c)) continue;
            double sc = register.score(c);
            if (sc > bestScore) { best = c; bestScore = sc; }
        }
        return best;
    }
}
