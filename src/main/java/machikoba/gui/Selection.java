package machikoba.gui;

import machikoba.model.Firm;
import machikoba.model.SupplyLink;

import java.util.HashSet;
import java.util.Set;

/**
 * The firm the student clicked, and the firms and assemblers around it: its customers and its
 * subcontractors, highlighted on the pyramid. Worked out from the firm's links when it is chosen
 * and again after every month (while the model waits), so the portrayals only look it up.
 */
final class Selection {
    private volatile Firm firm;
    private volatile Set<Object> related = Set.of();

    Firm firm() { return firm; }

    /** Chooses a firm (null: none); call with the model waiting (the schedule's lock held). */
    void choose(Firm f) {
        firm = f;
        refresh();
    }

    /** Reads the chosen firm's customers and subcontractors again, after a month. */
    void refresh() {
        Firm f = firm;
        if (f == null) {
            related = Set.of();
            return;
        }
        Set<Object> r = new HashSet<>();
        for (SupplyLink l : f.customers()) if (!l.isDead() && !l.toMarket()) r.add(l.buyer());
        for (SupplyLink l : f.subcontractors()) if (!l.isDead()) r.add(l.supplier());
        related = r;
    }

    boolean isChosen(Object o) { return o != null && o == firm; }

    /** A customer or a subcontractor of the chosen firm. */
    boolean isRelated(Object o) { return related.contains(o); }

    /** A tie of the chosen firm, drawn out boldly. */
    boolean touches(SupplyLink l) {
        Firm f = firm;
        return f != null && (l.supplier() == f || l.buyer() == f);
    }
}
