package machikoba.model;

import java.util.ArrayList;
import java.util.List;

/**
 * A large enterprise at the top of the pyramid. Its orders for parts follow the macro demand
 * path less what it takes in-house or abroad; it spreads them over its suppliers by volume
 * weights, cuts their prices twice a year by its leverage over each ({@link CostDown}), pays
 * in notes whose delay grows with leverage and its own stress ({@link PaymentTerms}), and once
 * a year re-ranks, trims and adds suppliers ({@link SupplierSelection}).
 */
public final class Assembler implements Buyer {
    final int id;
    final List<SupplyLink> suppliers = new ArrayList<>();
    /** Domestic demand index this month (1 = the start year's level). */
    double activity = 1.0;
    /** Activity a year ago, so the payment rule can see how hard the fall is. */
    double activityYearAgo = 1.0;
    int targetSuppliers;
    /** Units a month it wants from suppliers at activity 1; what dead or dropped links leave unplaced is re-sourced at year end. */
    double baseDemand;

    Assembler(int id) {
        this.id = id;
    }

    @Override public int id() { return id; }
    @Override public boolean isAssembler() { return true; }
    @Override public double activity() { return activity; }

    /** Positions in {@link #suppliers} of this month's cuts that wait for {@link #settleCuts}. */
    private int[] waiting = new int[0];
    private int waitingCount;

    /**
     * Places this month's orders, sets payment terms and, in cost-down months, cuts prices: all
     * of it writes only this assembler's links, so assemblers order at the same time
     * ({@link District}). A cut waits on the link for the supplier to
     * enter in its record at its own turn ({@link Firm}); the whole cut of a supplier with network
     * ties (whether it networks with rivals) waits for {@link #settleCuts}, one assembler after another.
     */
    void placeOrders(District d) {
        activity = d.macro.domesticDemand();
        double stress = activityYearAgo > 0 ? Math.max(0, 1 - activity / activityYearAgo) : 0;
        boolean costDownMonth = d.isCostDownMonth();
        waitingCount = 0;
        // links that died since last month leave the list here, while the loop has each in hand:
        // a pass of its own over a national assembler's thousand links costs a cache miss each
        int kept = 0;
        for (int i = 0, n = suppliers.size(); i < n; i++) {
            SupplyLink l = suppliers.get(i);
            if (l.dead) continue;
            suppliers.set(kept++, l);
            l.order = l.volume * activity;
            double leverage = l.leverage();
            l.delayMonths = PaymentTerms.delay(d.params, leverage, stress);
            if (!costDownMonth) continue;
            // without ties it cannot network with rivals: the rate is not raised
            if (l.supplier.ties.isEmpty()) l.pendingCut = CostDown.cutPrice(l, d.params.costDownRate,
                    d.params.scenario.assemblers().costDown().leverageExponent(),
                    d.scenario.networkBehaviour().activities().resistance() * l.supplier.knowledge);
            else {
                if (waitingCount == waiting.length) waiting = java.util.Arrays.copyOf(waiting, Math.max(16, 2 * waitingCount));
                waiting[waitingCount++] = kept - 1;
            }
        }
        if (kept < suppliers.size()) suppliers.subList(kept, suppliers.size()).clear();
        if (d.month() == 12) activityYearAgo = activity;
    }

    /** The cuts of suppliers with network ties that {@link #placeOrders} left waiting, in the order of the links. */
    void settleCuts(District d) {
        for (int k = 0; k < waitingCount; k++) cut(suppliers.get(waiting[k]), d);
        waitingCount = 0;
    }

    /** What a supplier learnt of buyers' practices in networks lets it resist; networking with rivals' suppliers is punished [IA-2001]. */
    private void cut(SupplyLink l, District d) {
        CostDown.apply(l, d.params.costDownRate * ParentIntimidation.rateFactor(l, this, d),
                d.params.scenario.assemblers().costDown().leverageExponent(),
                d.scenario.networkBehaviour().activities().resistance() * l.supplier.knowledge);
    }

    double placedVolume() {
        double v = 0;
        for (int i = 0, n = suppliers.size(); i < n; i++) v += suppliers.get(i).volume;
        return v;
    }

    public int getId() { return id; }
    /** Live suppliers (links of firms that exited this month wait in the list until next month's orders). */
    public int getSupplierCount() {
        int c = 0;
        for (int i = 0, n = suppliers.size(); i < n; i++) if (!suppliers.get(i).dead) c++;
        return c;
    }
    public double getActivity() { return activity; }
    public List<SupplyLink> supplierLinks() { return suppliers; }

    @Override public String toString() { return "Assembler " + id; }
}
