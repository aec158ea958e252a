package machikoba.model.finance;

/**
 * The owner lives on the firm: cash beyond a working reserve is drawn out, half of the excess
 * each month. Small firms therefore hold little slack, and a slow note or a refused discount
 * hurts them as the studies report [IA-1999]; without drawings, survivors would hoard cash
 * and no credit crunch could touch them.
 */
public final class Drawings {
    private Drawings() { }

    /** Cash the owner takes this month. */
    public static double take(double cash, double monthlyCosts, double reserveMonths) {
        double excess = cash - reserveMonths * monthlyCosts;
        return excess > 0 ? 0.5 * excess : 0;
    }
}
