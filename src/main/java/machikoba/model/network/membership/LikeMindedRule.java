package machikoba.model.network.membership;

import machikoba.model.District;
import machikoba.model.Firm;
import machikoba.model.network.HorizontalNetwork;
import machikoba.model.network.Membership;
import machikoba.model.network.Similarity;
import machikoba.model.network.Tie;
import machikoba.model.network.Trust;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Firms that found a network themselves gather the like-minded: a founder looks at a sample
 * and takes the firms most alike (size, technology, generation) [IA-2001]; later members invite
 * firms they already trust ("endogenous embeddedness"), or look further when they know none.
 */
final class LikeMindedRule implements MembershipRule {
    private final int size;

    LikeMindedRule(int size) { this.size = size; }

    @Override public void found(HorizontalNetwork n, District d) {
        Firm founder = null;
        for (int i = 0; i < 20 && founder == null; i++) {
            Firm f = MembershipRule.anyFirm(d);
            if (f != null && n.admits(f, d)) founder = f;
        }
        if (founder == null) return;
        foundWith(n, founder, d);
    }

    void foundWith(HorizontalNetwork n, Firm founder, District d) {
        n.join(founder, d);
        List<Firm> candidates = new ArrayList<>();
        for (int i = 0; i < size * 4; i++) {
            Firm f = MembershipRule.anyFirm(d);
            if (f != null && f != founder && n.admits(f, d) && !candidates.contains(f)) candidates.add(f);
        }
        final Firm x = founder;
        candidates.sort(Comparator.comparingDouble((Firm f) -> -Similarity.of(x, f)).thenComparingInt(f -> f.id()));
        for (int i = 0; i < Math.min(size - 1, candidates.size()); i++) n.join(candidates.get(i), d);
    }

    /** Up to a fifth of the places a year: an active member brings in a firm it trusts, or the likest of a few it meets. */
    @Override public void recruit(HorizontalNetwork n, District d) {
        int alive = MembershipRule.alive(n);
        int missing = Math.min(size - alive, Math.max(1, size / 5));
        if (alive == 0) return;
        for (int k = 0, tries = 0; k < missing && tries < 3 * missing; tries++) {
            Membership host = n.members().get(d.random.nextInt(n.members().size()));
            if (!host.isActive()) continue;
            k++;
            Firm pick = null;
            for (Tie t : Trust.live(host.firm(), d)) {
                Firm o = t.other(host.firm());
                if (n.admits(o, d) && !n.has(o)) { pick = o; break; }
            }
            if (pick == null) {
                double best = -1;
                for (int i = 0; i < 5; i++) {
                    Firm f = MembershipRule.anyFirm(d);
                    if (f == null || !n.admits(f, d) || n.has(f)) continue;
                    double s = Similarity.of(host.firm(), f);
                    if (s > best) { best = s; pick = f; }
                }
            }
            if (pick != null) n.join(pick, d);
        }
    }
}
