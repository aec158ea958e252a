package machikoba.gui;

import machikoba.model.District;
import machikoba.model.Firm;
import machikoba.model.network.Tie;

import java.util.ArrayList;
import java.util.List;

/**
 * The one place the display asks the model for horizontal ties between firms: pairs who have
 * exchanged within a network and trust each other enough to count as working together. Each
 * tie is drawn once (from its first firm); ties are kept sparse by the model (a few per firm),
 * so this costs in proportion to firms, never to their square.
 */
final class LateralTies {
    /** Trust below this is an acquaintance, not a working tie: not drawn (the picture would be a mesh). */
    static final double MIN_TRUST = 0.6;

    private LateralTies() { }

    /** Pairs {a, b} of firms tied through a network this month, in a stable order. */
    static List<Firm[]> of(District d) {
        List<Firm[]> pairs = new ArrayList<>();
        for (int tier = 2; tier <= 4; tier++) {
            for (Firm f : d.tier(tier)) {
                if (!f.alive()) continue;
                for (Tie t : f.networkingOrNone().ties()) {
                    if (t.isDead() || t.first() != f || !t.second().alive() || t.trust() < MIN_TRUST) continue;
                    pairs.add(new Firm[] {f, t.second()});
                }
            }
        }
        return pairs;
    }
}
