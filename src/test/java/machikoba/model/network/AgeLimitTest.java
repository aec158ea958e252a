package machikoba.model.network;

import machikoba.model.District;
import machikoba.model.Firm;
import machikoba.model.Fixtures;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Members graduate past the age limit (Kiseiren: 45 [IA-2001]) and keep their ties as informal advisers. */
class AgeLimitTest {
    @Test
    void theLowerOfTheNetworksAndThePolicysLimitHolds() {
        assertEquals(0, AgeLimit.effective(0, 0));
        assertEquals(45, AgeLimit.effective(45, 0));
        assertEquals(40, AgeLimit.effective(45, 40));
        assertEquals(50, AgeLimit.effective(0, 50));
        assertTrue(AgeLimit.admits(45, 45));
        assertFalse(AgeLimit.admits(46, 45));
        assertTrue(AgeLimit.admits(80, 0));
    }

    @Test
    void graduatesLeaveButKeepTheirTies() {
        District d = Fixtures.district(50, 1, "networkPolicy.ageLimit", "45");
        HorizontalNetwork n = NetworkFixtures.group(d, "firm", "likeMinded");
        Firm old = Fixtures.firm(d, 3, 10), young = Fixtures.firm(d, 3, 10);
        young.newOwner(40, young.retirementAge());
        old.newOwner(44, old.retirementAge());
        NetworkFixtures.activePair(n, old, young, 0.8, 0.8, d);
        old.newOwner(46, old.retirementAge());
        AgeLimit.graduate(n, d);
        assertFalse(n.has(old));
        assertTrue(n.has(young));
        assertNotNull(Trust.between(old, young));
    }
}
