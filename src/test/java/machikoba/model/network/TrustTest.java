package machikoba.model.network;

import machikoba.model.District;
import machikoba.model.Firm;
import machikoba.model.Fixtures;
import machikoba.model.life.ExitCause;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Trust grows with returned exchanges (faster between alike firms), falls on a snub, fades without exchange; ties stay sparse. */
class TrustTest {
    @Test
    void returnedExchangesBuildTrustAndAlikeFirmsFaster() {
        assertEquals(0.3, Trust.afterExchange(0, 0.3, 1), 1e-12);
        assertTrue(Trust.afterExchange(0.5, 0.3, 1) > Trust.afterExchange(0.5, 0.3, 0.5));
        assertTrue(Trust.afterExchange(0.99, 0.3, 1) <= 1);
        assertEquals(0.4, Trust.afterSnub(0.5, 0.2), 1e-12);
        assertEquals(0.5 * 0.7, Trust.decayed(0.5, 0.3, 12), 1e-12);
        assertEquals(0.5, Trust.decayed(0.5, 0.3, 0), 1e-12);
    }

    @Test
    void onlyPairsThatExchangedHaveATieSharedByBoth() {
        District d = Fixtures.district(50, 1);
        Firm a = Fixtures.firm(d, 3, 10), b = Fixtures.firm(d, 3, 10), c = Fixtures.firm(d, 3, 10);
        HorizontalNetwork n = NetworkFixtures.group(d, "firm", "likeMinded");
        assertNull(Trust.between(a, b));
        Tie t = Trust.reciprocated(a, b, n, d);
        assertNotNull(Trust.between(a, b));
        assertEquals(t, Trust.between(b, a));
        assertNull(Trust.between(a, c));
        assertTrue(t.trust() > 0);
    }

    @Test
    void aFirmKeepsAtMostMaxTiesInEachNetworkDroppingTheWeakest() {
        District d = Fixtures.district(50, 1, "networkBehaviour.trust.maxTies", "3");
        Firm a = Fixtures.firm(d, 3, 10);
        HorizontalNetwork n = NetworkFixtures.group(d, "firm", "likeMinded");
        HorizontalNetwork m = NetworkFixtures.group(d, "firm", "likeMinded");
        Firm weakest = Fixtures.firm(d, 3, 10);
        NetworkFixtures.setTrust(Trust.reciprocated(a, weakest, n, d), 0.1);
        for (int i = 0; i < 2; i++) NetworkFixtures.setTrust(Trust.reciprocated(a, Fixtures.firm(d, 3, 10), n, d), 0.8);
        Trust.reciprocated(a, Fixtures.firm(d, 3, 10), m, d); // another network has its own room
        assertEquals(4, a.networkingOrNone().ties().size());
        Trust.reciprocated(a, Fixtures.firm(d, 3, 10), n, d);
        assertEquals(4, a.networkingOrNone().ties().size());
        assertNull(Trust.between(a, weakest), "the weakest tie in that network went");
        assertTrue(weakest.networkingOrNone().ties().isEmpty(), "from both ends");
    }

    @Test
    void tiesToFirmsThatExitedAreForgotten() {
        District d = Fixtures.district(50, 1);
        Firm a = Fixtures.firm(d, 3, 10), b = Fixtures.firm(d, 3, 10);
        Trust.reciprocated(a, b, NetworkFixtures.group(d, "firm", "likeMinded"), d);
        d.exit(b, ExitCause.OTHER);
        assertTrue(Trust.live(a, d).isEmpty());
    }
}
