package machikoba.model;

/**
 * A subcontracting relationship: one buyer, one supplying firm. Volume is the normal monthly
 * order in units (1 unit = ¥1M at list price and technology level 1); price is what is left
 * of the list price after cost-downs. A link is owned jointly by both ends and is marked dead
 * rather than removed at once, so that neither end has to search the other's list.
 */
public final class SupplyLink {
    final Buyer buyer;
    final Firm supplier;
    /** The supplier's id, so that ranking links by their suppliers ({@link SupplierRegister}) need not look into them. */
    final int supplierId;
    double volume;
    double price = 1.0;
    int delayMonths;
    /** Units ordered this month; set by the buyer before the supplier produces. */
    double order;
    /** Smoothed monthly revenue the supplier earns on this link (¥M). */
    double salesEma;
    boolean dead;
    /** Sales to the product market's many small buyers, which never count as one buyer. */
    final boolean toMarket;
    /**
     * The technology levels of both ends, copied here by {@link Firm#setTechLevel} so that a
     * month's invoicing need not reach into the other firm's object (at national size each such
     * reach is a cache miss). A buyer that is not a firm caps nothing: +infinity.
     */
    double supplierTech, buyerTech;
    /**
     * The buyer is a firm of the supplier's tier or below (a network coordinator passing on an
     * order): such a link ties the two firms' month to their order in the tier.
     */
    final boolean sideways;
    /** The supplier's smoothed sales, copied here by {@link Firm#setSalesEma} so that leverage needs no look into the supplier. */
    double supplierSales;
    /** A cut made this month whose entry in the supplier's record waits for the supplier's turn (NaN: none). */
    double pendingCut = Double.NaN;

    SupplyLink(Buyer buyer, Firm supplier, double volume, int delayMonths) {
        this.buyer = buyer;
        this.supplier = supplier;
        this.supplierId = supplier.id;
        this.volume = volume;
        this.delayMonths = delayMonths;
        this.toMarket = buyer instanceof ProductMarket;
        if (toMarket) supplier.sellsToMarket = true;
        this.supplierTech = supplier.techLevel;
        this.buyerTech = buyer instanceof Firm parent ? parent.techLevel : Double.POSITIVE_INFINITY;
        this.sideways = buyer instanceof Firm parent && parent.tier >= supplier.tier;
        this.supplierSales = supplier.salesEma;
    }

    public Buyer buyer() { return buyer; }
    public Firm supplier() { return supplier; }
    public double volume() { return volume; }
    public double price() { return price; }
    public int delayMonths() { return delayMonths; }
    public double salesEma() { return salesEma; }
    public boolean isDead() { return dead; }

    /**
     * What one unit on this link is worth at list price: the supplier's technology level, but
     * for work passed down by a firm no more than that firm's own (a parent pays for a process,
     * not for more than its own product is worth).
     */
    double unitValue() {
        return Math.min(supplierTech, buyerTech);
    }

    /** The buyer's leverage: the share of the supplier's sales this link brings [IA-1999]. */
    public double leverage() {
        double total = supplierSales;
        return total > 0 ? salesEma / total : 0;
    }
}
