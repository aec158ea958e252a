package machikoba.model.life;

import machikoba.model.District;
import machikoba.model.Firm;

/** Why a firm left the district [IA-1999, U-2009]. */
public enum ExitCause {
    /** The bank refused credit and cash ran out. */
    INSOLVENCY("insolvency"),
    /** The owner retired and nobody took over [U-2009]. */
    NO_SUCCESSOR("no_successor"),
    /** The parent's orders went (trimmed supplier base, production moved abroad) [U-2009, CT-2003]. */
    LOST_PARENT("lost_parent"),
    /** The owner gave up after years of losses. */
    OTHER("other");

    public final String label;

    ExitCause(String label) { this.label = label; }

    /** The cause to record: a parent lost within the last two years explains the exit, whatever else did. */
    public static ExitCause of(Firm f, District d, ExitCause otherwise) {
        return f.lostParentRecently(d.step()) ? LOST_PARENT : otherwise;
    }
}
