package machikoba.model.network;

import machikoba.model.District;
import machikoba.model.Firm;

/**
 * Members "graduate" at an age limit, to keep the group young and flat (Kiseiren: 45); graduates
 * may stay informal advisers [IA-2001], so their ties (and the trust in them) remain.
 */
public final class AgeLimit {
    private AgeLimit() { }

    /** 0 means no limit; with both a network's and the policy's limit, the lower holds. */
    public static int effective(int own, int policy) {
        if (own <= 0) return Math.max(0, policy);
        if (policy <= 0) return own;
        return Math.min(own, policy);
    }

    public static boolean admits(int ownerAge, int limit) {
        return limit <= 0 || ownerAge <= limit;
    }

    static boolean admits(Firm f, int limit) {
        return admits(f.ownerAge(), limit);
    }

    /** Once a year: members past the limit leave; their ties stay. */
    static void graduate(HorizontalNetwork n, District d) {
        int limit = n.ageLimit(d);
        if (limit <= 0) return;
        for (Membership m : n.members()) if (m.isCurrent() && !admits(m.firm(), limit)) n.leave(m);
    }
}
