package machikoba.gui;

import machikoba.model.District;
import machikoba.model.Firm;
import machikoba.model.network.Tie;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The one place the display asks the model for horizontal ties between firms: pairs who have
 * exchanged within a network and trust each other enough to count as working together. Only
 * each firm's strongest such tie is drawn (once, however many of the two chose it): in the
 * districts where most firms network, every tie at once is a mesh that hides the pyramid.
 * Ties are kept sparse by the model (a few per firm), so this costs in proportion to firms.
 */
final class LateralTies {
    /** Trust below this is an acquaintance, not a working tie: not drawn (the picture would be a mesh). */
    static final double MIN_TRUST = 0.6;

    private LateralTies() { }

    /** Pairs {a, b} of firms tied through a network this month, in a stable order. */
    static List<Firm[]> of(District d) {
        Set<Tie> strongest = new LinkedHashSet<>();
        for (int tier = 2; tier <= 4; tier++) {
            for (Firm f : d.tier(tier)) {
                if (!f.alive()) continue;
                Tie best = null;
                for (Tie t : f.networkingOrNone().ties()) {
                    if (t.isDead() || !t.other(f).alive() || t.trust() < MIN_TRUST) continue;
                    if (best == null || t.trust() > best.trust()) best = t;
                }
                if (best != null) strongest.add(best);
            }
        }
        List<Firm[]> pairs = new ArrayList<>(strongest.size());
        for (Tie t : strongest) pairs.add(new Firm[] {t.first(), t.second()});
        return pairs;
    }
}
