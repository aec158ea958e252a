package machikoba.model;

/**
 * "Cost-down": the parent cuts the unit price of a dependent supplier unilaterally, twice a
 * year or more [IA-1999]. Assemblers do it, and so do parent firms lower in the pyramid. The cut grows with leverage (the share of the supplier's sales the
 * buyer takes): a firm whose top customer takes 15% barely feels it, a keiretsu firm at 80%
 * takes almost the full rate. What the supplier knows of buyers' practices (networks) lets
 * it resist a part of the cut.
 */
public final class CostDown {
    private CostDown() { }

    /** Fraction of price cut: rate * leverage^exponent * (1 - resistance). */
    public static double cut(double rate, double leverage, double exponent, double resistance) {
        double l = Math.max(0, Math.min(1, leverage));
        return rate * Math.pow(l, exponent) * (1 - Math.max(0, Math.min(1, resistance)));
    }

    /** Cuts the link's price; the firm's record counts the cut weighted by the buyer's share of its sales. */
    static void apply(SupplyLink l, double rate, double exponent, double resistance) {
        double felt = cutPrice(l, rate, exponent, resistance);
        if (!Double.isNaN(felt)) record(l.supplier, felt);
    }

    /** The price cut alone; returns the cut weighted by the buyer's share for {@link #record}, or NaN when there is no cut. */
    static double cutPrice(SupplyLink l, double rate, double exponent, double resistance) {
        double leverage = l.leverage();
        double c = cut(rate, leverage, exponent, resistance);
        if (c <= 0) return Double.NaN;
        l.price *= 1 - c;
        return c * leverage;
    }

    /**
     * Adds a cut to the supplier's record. Kept apart from the price cut because a supplier with
     * several parents in one tier must get their cuts in the parents' order (see {@link District}).
     */
    static void record(Firm f, double felt) {
        f.costDownSuffered = 1 - (1 - f.costDownSuffered) * (1 - felt);
    }
}
