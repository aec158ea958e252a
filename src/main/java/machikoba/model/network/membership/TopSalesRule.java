package machikoba.model.network.membership;

import machikoba.model.District;
import machikoba.model.Firm;
import machikoba.model.network.HorizontalNetwork;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** The district's largest producers by sales (TOPS: top 50 of Higashi Osaka [IA-2001]). */
final class TopSalesRule implements MembershipRule {
    private final int size;

    TopSalesRule(int size) { this.size = size; }

    @Override public void found(HorizontalNetwork n, District d) {
        List<Firm> all = new ArrayList<>();
        for (Firm f : d.firms()) if (n.admits(f, d)) all.add(f);
        all.sort(Comparator.comparingDouble((Firm f) -> -f.salesEma()).thenComparingInt(f -> f.id()));
        for (int i = 0; i < Math.min(size, all.size()); i++) n.join(all.get(i), d);
    }

    /** A vacancy goes to the largest of a sample of firms. */
    @Override public void recruit(HorizontalNetwork n, District d) {
        int missing = size - MembershipRule.alive(n);
        for (int k = 0; k < missing; k++) {
            Firm best = null;
            for (int i = 0; i < 20; i++) {
                Firm f = MembershipRule.anyFirm(d);
                if (f != null && n.admits(f, d) && !n.has(f) && (best == null || f.salesEma() > best.salesEma())) best = f;
            }
            if (best != null) n.join(best, d);
        }
    }
}
