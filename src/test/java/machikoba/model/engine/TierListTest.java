package machikoba.model.engine;

import machikoba.model.District;
import machikoba.model.Firm;
import machikoba.model.Fixtures;
import machikoba.model.life.ExitCause;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The month's exits leave a tier's list by binary search on ids, as a filter on every firm would leave it. */
class TierListTest {
    @Test
    void exitsLeaveTheListInOrderAndNothingElseDoes() {
        District d = Fixtures.district(300, 5);
        TierList tier = (TierList) d.tier(4);
        int before = tier.size();
        List<Firm> exits = new ArrayList<>();
        for (int i : new int[] {before - 1, 0, 7, 8, before / 2}) exits.add(tier.get(i));
        exits.add(d.tier(3).get(0)); // another tier's exit is not looked for here
        for (Firm f : exits) d.exit(f, ExitCause.OTHER);
        List<Firm> expected = new ArrayList<>(tier);
        expected.removeIf(f -> !f.alive());
        assertTrue(tier.removeExits(exits, 4));
        assertEquals(expected, tier);
        assertEquals(before - 5, tier.size());
    }

    @Test
    void aListNotInOrderOfIdsIsLeftAlone() {
        District d = Fixtures.district(300, 5);
        List<Firm> reversed = new ArrayList<>(d.tier(4));
        java.util.Collections.reverse(reversed);
        TierList tier = new TierList(reversed);
        Firm f = tier.get(3);
        d.exit(f, ExitCause.OTHER);
        List<Firm> copy = new ArrayList<>(tier);
        assertFalse(tier.removeExits(List.of(f), 4));
        assertEquals(copy, tier);
    }
}
