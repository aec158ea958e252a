package machikoba.model;

/**
 * Voluntary exits: an owner who has run at a loss for years gives up; a firm that lost its
 * parent and found too little work to replace it closes [U-2009, CT-2003].
 */
public final class Closure {
    private Closure() { }

    /** The owner weighs the year; returns the exit it leads to, or null. */
    static ExitCause year(Firm f, District d) {
        f.lossYears = f.yearProfit < 0 ? f.lossYears + 1 : 0;
        f.yearProfit = 0;
        if (f.lossYears >= d.scenario.owners().closeAfterLossYears()) {
            return f.lostParentRecently(d) ? ExitCause.LOST_PARENT : ExitCause.OTHER;
        }
        return f.lostParentRecently(d) && f.utilisationEma < 0.25 ? ExitCause.LOST_PARENT : null;
    }
}
