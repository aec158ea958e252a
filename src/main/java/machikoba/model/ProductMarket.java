package machikoba.model;

/**
 * The many small buyers of a firm's own products. Sales here follow the economy at large,
 * not one assembler's procurement; nobody in it has the leverage to impose a cost-down.
 * Own products are how independent firms kept their top customer's share low [IA-1999].
 */
public final class ProductMarket implements Buyer {
    private final District district;
    private final double demand0;

    ProductMarket(District district) {
        this.district = district;
        this.demand0 = district.scenario().macro().get(0).demand();
    }

    @Override public int id() { return -1; }
    @Override public boolean isAssembler() { return false; }
    @Override public double activity() { return district.macro().demand() / demand0; }
}
