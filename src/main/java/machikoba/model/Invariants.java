package machikoba.model;

import machikoba.model.network.Membership;
import machikoba.model.network.Tie;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

/**
 * What must hold of a district between months, whatever the mechanisms did: every kept reading
 * equals a fresh look, the two ends of a link agree, no dead link or exited firm is reachable
 * from a live firm, tiers hold their own live firms in order of id, no stock is negative, and an
 * assembler places no more volume than it wants. Tests run it after every month; a new
 * mechanism that keeps a copy of some state adds its check here.
 */
public final class Invariants {
    /** Relative slack for sums that are rounded differently along two paths. */
    private static final double SLACK = 1e-9;

    private Invariants() { }

    /** The violations found, each naming the object and what is wrong; empty when all hold. */
    public static List<String> check(District d) {
        List<String> v = new ArrayList<>();
        Set<SupplyLink> fromAssemblers = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Assembler a : d.assemblers()) {
            double live = 0;
            for (SupplyLink l : a.supplierLinks()) {
                fromAssemblers.add(l);
                if (l.buyer() != a) v.add(l + " is in " + a + "'s list but has buyer " + l.buyer());
                if (!l.isDead()) live += l.volume();
            }
            if (live > a.baseDemand() * (1 + SLACK) + SLACK) v.add(a + " places " + live + " units but wants " + a.baseDemand());
        }
        for (int t = 2; t <= 4; t++) {
            int lastId = -1;
            for (Firm f : d.tier(t)) {
                if (f.tier() != t) v.add(f + " is listed in tier " + t);
                if (!f.alive()) v.add(f + " exited (" + f.exitCause() + ") but is still listed");
                if (f.id() <= lastId) v.add(f + " is out of id order in tier " + t);
                lastId = f.id();
                firm(f, fromAssemblers, v);
            }
        }
        return v;
    }

    /** The same, thrown: for tests that step a district and check it every month. */
    public static void require(District d) {
        List<String> v = check(d);
        if (!v.isEmpty()) {
            throw new IllegalStateException("month " + d.step() + ": " + v.size() + " invariants broken, first: "
                    + String.join("; ", v.subList(0, Math.min(5, v.size()))));
        }
    }

    private static void firm(Firm f, Set<SupplyLink> fromAssemblers, List<String> v) {
        if (f.employees() < 1) v.add(f + " has " + f.employees() + " employees");
        if (!(f.capacity() >= 0) || f.capacity() != f.employees() * f.params().outputPerWorkerMonthly() * f.productivity()
                * f.params().machineFactor(f.machinery(), f.employees())) {
            v.add(f + " capacity " + f.capacity() + " is not employees x output per worker x productivity x machinery's factor");
        }
        if (f.books().outstanding() != f.books().outstandingNow()) v.add(f + " kept notes sum differs from its notes");
        if (f.books().outstandingNow() < -SLACK * Math.max(1, f.salesEma())) v.add(f + " holds negative notes");
        if (f.books().debt() < -SLACK * Math.max(1, f.salesEma())) v.add(f + " has negative debt " + f.books().debt());
        if (f.rdStock() < 0) v.add(f + " has a negative R&D stock");
        if (!(f.costDownSuffered() >= 0 && f.costDownSuffered() < 1)) v.add(f + " cost-down record " + f.costDownSuffered());
        double top = f.topShare();
        if (top != f.topShareNow()) v.add(f + " kept top share " + top + " differs from its links' " + f.topShareNow());
        if (!(top >= 0 && top <= 1)) v.add(f + " top share " + top);
        for (SupplyLink l : f.customers()) {
            if (l.supplier() != f) v.add(l + " is in " + f + "'s customers but supplies " + l.supplier());
            link(l, v);
            if (l.buyer() instanceof Assembler && !fromAssemblers.contains(l)) v.add(f + " sells on a link its assembler does not hold");
            if (l.buyer() instanceof Firm b && !b.subcontractors().contains(l)) v.add(f + " sells to " + b + " on a link the buyer does not hold");
        }
        for (SupplyLink l : f.subcontractors()) {
            if (l.buyer() != f) v.add(l + " is in " + f + "'s subcontractors but has buyer " + l.buyer());
            link(l, v);
            if (!l.supplier().customers().contains(l)) v.add(f + " buys from " + l.supplier() + " on a link the supplier does not hold");
        }
        for (Tie t : f.networkingOrNone().ties()) {
            if (t.isDead()) continue; // dead ties leave the lists lazily (Trust.live)
            Firm o = t.other(f);
            if (t.first() != f && t.second() != f) v.add(f + " holds a tie between others");
            else if (o.alive() && !o.networkingOrNone().ties().contains(t)) v.add(f + "'s tie to " + o + " is not held at the other end");
        }
        for (Membership m : f.networkingOrNone().memberships()) {
            if (m.firm() != f) v.add(f + " holds another firm's membership");
            if (m.hasLeft()) v.add(f + " still lists a network it left: " + m.network());
            if (!m.network().members().contains(m)) v.add(f + " is not on the list of " + m.network());
        }
    }

    /** A link reachable from a live firm: alive at both ends, kept copies true, stocks sound. */
    private static void link(SupplyLink l, List<String> v) {
        Firm s = l.supplier();
        if (l.isDead()) v.add("dead link from " + l.buyer() + " to " + s + " is still reachable");
        if (l.buyer() instanceof Firm b && !b.alive()) v.add(s + " still sells to " + b + ", which exited");
        if (!s.alive()) v.add(l.buyer() + " still buys from " + s + ", which exited");
        if (l.keptSupplierTech() != s.techLevel()) v.add("link to " + s + " keeps technology " + l.keptSupplierTech());
        double buyerTech = l.buyer() instanceof Firm b ? b.techLevel() : Double.POSITIVE_INFINITY;
        if (l.keptBuyerTech() != buyerTech) v.add("link from " + l.buyer() + " keeps technology " + l.keptBuyerTech());
        if (l.keptSupplierSales() != s.salesEma()) v.add("link to " + s + " keeps sales " + l.keptSupplierSales());
        if (!(l.volume() >= 0)) v.add("link to " + s + " has volume " + l.volume());
        if (!(l.price() > 0 && l.price() <= 1)) v.add("link to " + s + " has price " + l.price());
        if (l.leverage() < 0) v.add("link to " + s + " has leverage " + l.leverage());
    }
}
