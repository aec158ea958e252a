package machikoba.model.finance;

/**
 * A firm's receivables as promissory notes (tegata) by month of maturity [IA-1999]: a ring of
 * 13 monthly slots, so holding and collecting notes costs no objects per invoice. Slot
 * {@code head} matures this month.
 */
public class PromissoryNotes {
    /** Longest delay a note can have, in months (the studies saw up to six months or more). */
    public static final int MAX_DELAY = 12;
    private final double[] due = new double[MAX_DELAY + 1];
    private int head;
    /**
     * The last {@link #outstanding} summed, NaN once a note was issued, collected or discounted
     * since: the observer asks every firm every month, and a look into the slots is a cache miss
     * of its own at national size.
     */
    private double outstandingKnown = 0;

    /** Takes a note for an invoice, payable after {@code delayMonths} (0 = cash this month). */
    public void issue(double amount, int delayMonths) {
        outstandingKnown = Double.NaN;
        int d = Math.max(0, Math.min(MAX_DELAY, delayMonths));
        due[(head + d) % due.length] += amount;
    }

    /** Collects what matures this month and moves on to the next month. */
    public double collect() {
        outstandingKnown = Double.NaN;
        double c = due[head];
        due[head] = 0;
        head = (head + 1) % due.length;
        return c;
    }

    /** All notes held, whatever their maturity. */
    public double outstanding() {
        double known = outstandingKnown;
        return Double.isNaN(known) ? outstandingKnown = outstandingNow() : known;
    }

    /** {@link #outstanding} summed from the slots now (for tests and invariants). */
    public double outstandingNow() {
        double s = 0;
        for (double v : due) s += v;
        return s;
    }

    /**
     * Sells notes to a bank, nearest maturity first, until {@code needed} cash is raised or no
     * notes are left. The bank pays face value less {@code annualRate} for each month to run.
     * Returns the cash raised.
     */
    public double discount(double needed, double annualRate) {
        outstandingKnown = Double.NaN;
        double raised = 0;
        for (int k = 0; k < due.length && raised < needed; k++) {
            int slot = (head + k) % due.length;
            if (due[slot] <= 0) continue;
            double factor = 1 - annualRate * (k + 1) / 12.0;
            double faceNeeded = (needed - raised) / factor;
            double face = Math.min(due[slot], faceNeeded);
            due[slot] -= face;
            raised += face * factor;
        }
        return raised;
    }
}
