package machikoba.model;

import java.util.List;

/**
 * A subcontracting relationship: one buyer, one supplying firm. Volume is the normal monthly
 * order in units (1 unit = ¥1M at list price and technology level 1); price is what is left
 * of the list price after cost-downs.
 * <p>
 * Its lifecycle has three doors, and every change to either end's lists goes through them:
 * {@link #make}, {@link #drop} (the buyer ends it) and {@link #sever} (an end exits; the link is
 * marked dead at once and leaves the survivor's list at the month's clean-up, {@link #detach}).
 * Each keeps the ends' kept readings right and applies the lost-parent rule.
 */
public final class SupplyLink {
    private final Buyer buyer;
    private final Firm supplier;
    /** The supplier's id, so that ranking links by their suppliers need not look into them. */
    private final int supplierId;
    /** Sales to the product market's many small buyers, which never count as one buyer. */
    private final boolean toMarket;
    /** The buyer is a firm of the supplier's tier or below (a network coordinator passing on an order). */
    private final boolean sideways;
    private double volume, price = 1.0;
    private int delayMonths;
    /** Units ordered this month; set by the buyer before the supplier produces. */
    private double order;
    /** Smoothed monthly revenue the supplier earns on this link (¥M). */
    private double salesEma;
    private boolean dead;
    /**
     * Copies of both ends' technology levels and of the supplier's smoothed sales, kept by
     * {@link Firm#setTechLevel} and {@link Firm#setSalesEma}: invoicing and leverage then need no
     * look into the other firm (at national size each look is a cache miss). A buyer that is not
     * a firm caps nothing: +infinity.
     */
    private double supplierTech, buyerTech, supplierSales;
    /** A cut made this month whose entry in the supplier's record waits for the supplier's turn (NaN: none). */
    private double waitingCut = Double.NaN;
    /** Relation-specific skill, 0-1: what the buyer's guidance built into this supplier [U-2009]. */
    private double closeness;

    private SupplyLink(Buyer buyer, Firm supplier, double volume, int delayMonths) {
        this.buyer = buyer;
        this.supplier = supplier;
        this.supplierId = supplier.id();
        this.volume = volume;
        this.delayMonths = delayMonths;
        this.toMarket = buyer instanceof ProductMarket;
        this.supplierTech = supplier.techLevel();
        this.buyerTech = buyer instanceof Firm parent ? parent.techLevel() : Double.POSITIVE_INFINITY;
        this.sideways = buyer instanceof Firm parent && parent.tier() >= supplier.tier();
        this.supplierSales = supplier.salesEma();
    }

    /**
     * A new tie at the given normal volume, entered in both ends' lists; the supplier earns as
     * if it had had it for a while (its smoothed sales on it are the volume's worth).
     */
    public static SupplyLink make(Buyer b, Firm f, double volume, int delayMonths) {
        SupplyLink l = new SupplyLink(b, f, volume, delayMonths);
        l.order = volume;
        l.salesEma = volume * l.unitValue();
        l.enter();
        return l;
    }

    /** A tie whose supplier earns {@code sales} a month on it (for hand-built test districts). */
    public static SupplyLink madeEarning(Buyer b, Firm f, double volume, double sales) {
        SupplyLink l = new SupplyLink(b, f, volume, 0);
        l.salesEma = sales;
        l.enter();
        f.setSalesEma(f.salesEma() + sales);
        return l;
    }

    private void enter() {
        if (toMarket) supplier.sellsToMarket();
        supplier.addCustomer(this);
        if (buyer instanceof Assembler a) a.addSupplier(this);
        else if (buyer instanceof Firm bf) bf.addSubcontractor(this);
    }

    /**
     * The buyer ends the tie: dead, and out of the supplier's list at once (an assembler's own
     * list drops it at its next compaction). For a firm that relied on it, this is losing its parent.
     */
    public void drop(int step) {
        endedByBuyer(step);
        supplier.removeCustomer(this);
    }

    /**
     * An end exits: the link dies now; the survivor's list lets it go at the month's clean-up
     * ({@link #detach}). A leaving supplier's own top share is cleared once by {@link District#exit}.
     */
    void sever(Firm leaving, int step) {
        if (leaving == supplier) {
            dead = true;
        } else {
            endedByBuyer(step);
            supplier.customersChanged();
        }
    }

    private void endedByBuyer(int step) {
        if (leverage() >= Firm.PARENT_LEVERAGE) supplier.lostParent(step);
        dead = true;
    }

    /**
     * Month-end clean-up of a link severed by the given firm's exit: it leaves the other end's list
     * (assemblers drop theirs when they next order, {@link Assembler#placeOrders}).
     */
    void detach(Firm leaving) {
        if (leaving == supplier) {
            if (buyer instanceof Firm b) b.removeSubcontractor(this);
        } else {
            supplier.removeCustomer(this);
        }
    }

    // --- the month ---
    /** This month's order: the buyer's, or the product market's, which follows the economy. */
    double takeOrder(ProductMarket market) {
        if (buyer == market) order = volume * market.activity();
        return order;
    }
    public void cancelOrder() { order = 0; }
    double orderRoutine(double activity) { return order = dead ? 0 : volume * activity; }
    /** What the supplier earns on this month's order delivered at the given fill rate; its smoothed sales follow. */
    double deliver(double fill, double priceLevel) {
        double earned = order * fill * price * unitValue() * priceLevel;
        salesEma += Smoothing.MONTHLY * (earned - salesEma);
        return earned;
    }
    double purchase(double priceLevel) { return order * price * unitValue() * priceLevel; }
    /** An assembler's order at its activity; see {@link Assembler#placeOrders}. */
    void orderAt(double activity, int delayMonths) { order = volume * activity; this.delayMonths = delayMonths; }
    public void addOrder(double units) { order += units; }

    // --- what mechanisms change ---
    public void setVolume(double v) { volume = v; }
    public void setDelayMonths(int months) { delayMonths = months; }
    /** Cuts the price by a fraction ({@link machikoba.model.supply.CostDown}). */
    public void cutPrice(double fraction) { price *= 1 - fraction; }
    /** The buyer trained the supplier's staff or sent engineers: the skill grows this share of the way to full. */
    public void guided(double step) { closeness += (1 - closeness) * step; }
    /** Leaves a cut for the supplier to enter in its record at its own turn. */
    public void leaveCut(double felt) { waitingCut = felt; }
    /** The cut left on the link, NaN if none; taking it clears it. */
    public double takeWaitingCut() { double c = waitingCut; waitingCut = Double.NaN; return c; }
    void supplierTechIs(double v) { supplierTech = v; }
    void buyerTechIs(double v) { buyerTech = v; }
    void supplierSalesIs(double v) { supplierSales = v; }

    /**
     * What one unit on this link is worth at list price: the supplier's technology level, but
     * for work passed down by a firm no more than that firm's own (a parent pays for a process,
     * not for more than its own product is worth).
     */
    public double unitValue() { return Math.min(supplierTech, buyerTech); }

    /** The buyer's leverage: the share of the supplier's sales this link brings [IA-1999]. */
    public double leverage() {
        double total = supplierSales;
        return total > 0 ? salesEma / total : 0;
    }

    /** The live link that brings the most sales, own-product sales aside (they go to many buyers, never one). */
    public static SupplyLink largest(List<SupplyLink> links) {
        SupplyLink best = null;
        for (int i = 0, n = links.size(); i < n; i++) {
            SupplyLink l = links.get(i);
            if (l.dead || l.toMarket) continue;
            if (best == null || l.salesEma > best.salesEma) best = l;
        }
        return best;
    }

    public Buyer buyer() { return buyer; }
    public Firm supplier() { return supplier; }
    public int supplierId() { return supplierId; }
    public double volume() { return volume; }
    public double price() { return price; }
    public double closeness() { return closeness; }
    public int delayMonths() { return delayMonths; }
    public double order() { return order; }
    public double salesEma() { return salesEma; }
    public boolean isDead() { return dead; }
    public boolean toMarket() { return toMarket; }
    public boolean sideways() { return sideways; }
    /** The kept copies, for invariant checks: each must equal what a look into the ends gives. */
    double keptSupplierTech() { return supplierTech; }
    double keptBuyerTech() { return buyerTech; }
    double keptSupplierSales() { return supplierSales; }
}
