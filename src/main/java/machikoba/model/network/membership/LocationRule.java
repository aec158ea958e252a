package machikoba.model.network.membership;

import machikoba.model.District;
import machikoba.model.Firm;
import machikoba.model.network.HorizontalNetwork;

import java.util.List;

/**
 * Membership by address: a district-wide network lists most firms of the area as members
 * (O-net: ~7,000, most of Ota [IA-2001]) whether or not they take part. The share of the
 * district listed at founding is kept as the district changes; once a year firms not yet listed
 * (newcomers) are listed with the chance that keeps it.
 */
final class LocationRule implements MembershipRule {
    private final int size;
    private double share = -1;

    LocationRule(int size) { this.size = size; }

    @Override public void found(HorizontalNetwork n, District d) {
        int firms = d.firmCount();
        share = Math.min(1, size / (double) Math.max(1, firms));
        fill(n, d, Math.min(size, firms));
    }

    @Override public void recruit(HorizontalNetwork n, District d) {
        int firms = d.firmCount();
        fill(n, d, (int) Math.round(share * firms));
    }

    /** One pass over the district: each firm not yet listed is listed with the chance that reaches the target. */
    private void fill(HorizontalNetwork n, District d, int target) {
        int missing = target - MembershipRule.alive(n);
        if (missing <= 0) return;
        int outside = 0;
        for (int t = 2; t <= 4; t++) for (Firm f : d.tier(t)) if (f.alive() && !n.has(f)) outside++;
        double p = Math.min(1, missing / (double) Math.max(1, outside));
        for (int t = 2; t <= 4; t++) {
            List<Firm> tier = d.tier(t);
            for (int i = 0, k = tier.size(); i < k; i++) {
                Firm f = tier.get(i);
                if (n.admits(f, d) && !n.has(f) && d.random.nextDouble() < p) n.join(f, d);
            }
        }
    }
}
