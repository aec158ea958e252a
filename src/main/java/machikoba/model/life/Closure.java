package machikoba.model.life;

import machikoba.model.District;
import machikoba.model.Firm;

/**
 * Voluntary exits: an owner who has run at a loss for years gives up; a firm that lost its
 * parent and found too little work to replace it closes [U-2009, CT-2003].
 */
public final class Closure {
    /** Utilisation below which an orphaned firm gives up. */
    static final double ORPHAN_IDLE = 0.25;

    private Closure() { }

    /** The owner weighs the year; returns the exit it leads to, or null. */
    public static ExitCause year(Firm f, District d) {
        if (f.closeYear() >= d.scenario().owners().closeAfterLossYears()) return ExitCause.of(f, d, ExitCause.OTHER);
        // an orphan that found too little work to replace its parent closes [U-2009, CT-2003]
        return f.lostParentRecently(d.step()) && f.utilisation() < ORPHAN_IDLE ? ExitCause.LOST_PARENT : null;
    }
}
