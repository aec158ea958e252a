package machikoba.gui;

import machikoba.model.District;
import machikoba.model.Firm;

import java.util.List;

/**
 * The one place the display asks the model for horizontal ties between firms (members of the
 * same network who work together), drawn as lateral edges in their own colour by
 * {@link LateralTiePortrayal}.
 *
 * <p>Horizontal networks are not in the model yet, so there are no ties to draw and this
 * returns an empty list. When they land, this method returns, for every network, pairs of its
 * active members (e.g. each active member tied to the next one, so a network of n costs n
 * edges, not n squared); nothing else in the display has to change.
 */
final class LateralTies {
    private LateralTies() { }

    /** Pairs {a, b} of firms tied through a network this month, in a stable order. */
    static List<Firm[]> of(District d) {
        return List.of();
    }
}
