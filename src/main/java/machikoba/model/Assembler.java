package machikoba.model;

import machikoba.model.supply.AssociationPayment;
import machikoba.model.supply.CostDown;
import machikoba.model.supply.ParentPath;
import machikoba.model.supply.PaymentTerms;

import java.util.ArrayList;
import java.util.List;

/**
 * A large enterprise at the top of the pyramid. Its orders for parts follow the macro demand
 * path less what it takes in-house or abroad; it spreads them over its suppliers by volume
 * weights, cuts their prices in cost-down months ({@link CostDown}), pays in notes whose delay
 * grows with leverage and its own stress ({@link PaymentTerms}), and once a year moves work
 * abroad and re-ranks, trims and adds suppliers ({@link machikoba.model.supply.SupplierSelection}).
 */
public final class Assembler implements Buyer {
    private final int id;
    /** Its supplier links; dead ones stay until its next order or review. Changed only by {@link SupplyLink} and {@link #keepSuppliers}. */
    private final List<SupplyLink> suppliers = new ArrayList<>();
    /** Domestic demand index this month (1 = the start year's level). */
    private double activity = 1.0;
    /** Activity a year ago, so the payment rule can see how hard the fall is. */
    private double activityYearAgo = 1.0;
    private int targetSuppliers;
    /** Units a month it wants from suppliers at activity 1; what dead or dropped links leave unplaced is re-sourced at year end. */
    private double baseDemand;
    /** This month's cuts that wait until every assembler has ordered ({@link CostDown}). */
    private final CostDown.Waiting waitingCuts = new CostDown.Waiting();
    /** Its own path when it belongs to a parent group of the scenario; null: it follows the macro path. */
    private ParentPath fate;

    public Assembler(int id) {
        this.id = id;
    }

    @Override public int id() { return id; }
    @Override public boolean isAssembler() { return true; }
    @Override public double activity() { return activity; }

    /**
     * Places this month's orders and sets payment terms; in cost-down months cuts prices
     * ({@link CostDown#cutByAssembler}). All of it writes only this assembler's links, so
     * assemblers may order at the same time.
     */
    void placeOrders(District d) {
        activity = fate == null ? d.macro().domesticDemand() : fate.domesticDemand(d.year(), d.month());
        double stress = activityYearAgo > 0 ? Math.max(0, 1 - activity / activityYearAgo) : 0;
        CostDown costDown = d.costDown();
        boolean cutting = costDown.thisMonth();
        waitingCuts.clear();
        // links that died since last month leave the list here, while the loop has each in hand:
        // a pass of its own over a national assembler's thousand links costs a cache miss each
        int kept = 0;
        for (int i = 0, n = suppliers.size(); i < n; i++) {
            SupplyLink l = suppliers.get(i);
            if (l.isDead()) continue;
            suppliers.set(kept++, l);
            int delay = PaymentTerms.delay(d.params(), l.leverage(), stress);
            if (fate != null) delay = AssociationPayment.delay(delay, this, l.supplier(), fate.associationNoteMonths());
            l.orderAt(activity, delay);
            if (cutting) costDown.cutByAssembler(l, waitingCuts);
        }
        if (kept < suppliers.size()) suppliers.subList(kept, suppliers.size()).clear();
        if (d.month() == 12) activityYearAgo = activity;
    }

    /** The cuts {@link #placeOrders} left waiting, in the order of the links. */
    void settleCuts(District d) {
        d.costDown().settle(this, waitingCuts, d);
    }

    void addSupplier(SupplyLink l) { suppliers.add(l); }

    /** Its review's roster compacted: the live links, in their order, replace the list. */
    public void keepSuppliers(List<SupplyLink> live) {
        suppliers.clear();
        suppliers.addAll(live);
    }

    public double placedVolume() {
        double v = 0;
        for (int i = 0, n = suppliers.size(); i < n; i++) v += suppliers.get(i).volume();
        return v;
    }

    /** Gives it a fate of its own (the initial build, from the scenario's parent groups). */
    public void follow(ParentPath path) { fate = path; }
    /** Its own path, or null when it follows the district's macro path. */
    public ParentPath fate() { return fate; }

    public int targetSuppliers() { return targetSuppliers; }
    public void setTargetSuppliers(int n) { targetSuppliers = n; }
    public double baseDemand() { return baseDemand; }
    /** What it now wants from suppliers (less what moved abroad or in-house). */
    public void setBaseDemand(double v) { baseDemand = v; }

    public int getId() { return id; }
    /** Live suppliers (links of firms that exited this month wait in the list until next month's orders). */
    public int getSupplierCount() {
        int c = 0;
        for (int i = 0, n = suppliers.size(); i < n; i++) if (!suppliers.get(i).isDead()) c++;
        return c;
    }
    public double getActivity() { return activity; }
    /** Read only: links change through {@link SupplyLink}'s lifecycle. */
    public List<SupplyLink> supplierLinks() { return suppliers; }

    @Override public String toString() { return "Assembler " + id; }
}
