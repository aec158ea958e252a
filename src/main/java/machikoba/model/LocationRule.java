package machikoba.model;

/**
 * Membership by address: a district-wide network lists most firms of the area as members
 * (O-net: ~7,000, most of Ota [IA-2001]) whether or not they take part. The share of the
 * district listed at founding is kept as the district changes.
 */
final class LocationRule implements MembershipRule {
    private final int size;
    private double share = -1;

    LocationRule(int size) { this.size = size; }

    @Override public void found(HorizontalNetwork n, District d) {
        int firms = d.tiers[0].size() + d.tiers[1].size() + d.tiers[2].size();
        share = Math.min(1, size / (double) Math.max(1, firms));
        fill(n, d, Math.min(size, firms));
    }

    @Override public void recruit(HorizontalNetwork n, District d) {
        int firms = d.tiers[0].size() + d.tiers[1].size() + d.tiers[2].size();
        fill(n, d, (int) Math.round(share * firms));
    }

    private void fill(HorizontalNetwork n, District d, int target) {
        int missing = target - MembershipRule.alive(n);
        for (int tries = 0; missing > 0 && tries < 3 * missing + 10; tries++) {
            Firm f = MembershipRule.anyFirm(d);
            if (f == null || !n.admits(f, d) || n.has(f)) continue;
            n.join(f, d);
            missing--;
        }
    }
}
