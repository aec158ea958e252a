package machikoba.model.network;

import machikoba.model.District;
import machikoba.model.Firm;
import machikoba.model.Fixtures;

import machikoba.scenario.Scenario;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Engagement follows benefits, similarity, load, parent pressure and cost — the same rule for every origin. */
class EngagementTest {
    final Scenario.Engagement w = Fixtures.smallOta(50).networkBehaviour().engagement();

    @Test
    void benefitsAndSimilarityRaiseItLoadPressureAndCostLowerIt() {
        double t = Engagement.target(w, 0.5, 0.6, 0.7, 0.2, 0.05);
        assertTrue(Engagement.target(w, 2.0, 0.6, 0.7, 0.2, 0.05) > t, "benefits");
        assertTrue(Engagement.target(w, 0.5, 0.8, 0.7, 0.2, 0.05) > t, "similarity");
        assertTrue(Engagement.target(w, 0.5, 0.6, 0.95, 0.2, 0.05) < t, "a full plant");
        assertTrue(Engagement.target(w, 0.5, 0.6, 0.7, 0.6, 0.05) < t, "parent pressure");
        assertTrue(Engagement.target(w, 0.5, 0.6, 0.7, 0.2, 0.20) < t, "cost");
        assertEquals(0, Engagement.target(w, 0, 0, 1, 1, 10), 0, "clamped at 0");
    }

    @Test
    void aYearOfMeetingsMovesItTheYearlyShareOfTheWay() {
        double per = Engagement.perMeeting(0.5, 12);
        assertEquals(0.5, 1 - Math.pow(1 - per, 12), 1e-12);
        assertEquals(0.5, Engagement.perMeeting(0.5, 1), 1e-12);
    }

    @Test
    void localSupportLowersTheCostOfFirmInitiatedNetworksOnly() {
        District d = Fixtures.district(50, 1);
        Firm f = Fixtures.firm(d, 3, 10);
        HorizontalNetwork own = NetworkFixtures.group(d, "firm", "likeMinded");
        HorizontalNetwork gov = NetworkFixtures.group(d, "government", "likeMinded");
        double ownBefore = Engagement.cost(own, f, d), govBefore = Engagement.cost(gov, f, d);
        d.setLocalNetworkSupport(0.5);
        assertEquals(ownBefore / 2, Engagement.cost(own, f, d), 1e-12);
        assertEquals(govBefore, Engagement.cost(gov, f, d), 1e-12);
    }

    @Test
    void eachOtherActiveNetworkMakesMeetingsDearer() {
        District d = Fixtures.district(50, 1);
        Firm f = Fixtures.firm(d, 3, 10);
        HorizontalNetwork a = NetworkFixtures.group(d, "firm", "likeMinded");
        HorizontalNetwork b = NetworkFixtures.group(d, "firm", "likeMinded");
        a.join(f, d);
        double alone = Engagement.cost(a, f, d);
        NetworkFixtures.setEngaged(b.join(f, d), true);
        assertTrue(Engagement.cost(a, f, d) > alone);
    }

    @Test
    void theNeutralSwitchMakesEveryMemberActiveAtOneLevel() {
        District d = Fixtures.district(50, 1, "networkBehaviour.neutral", "true");
        Firm f = Fixtures.firm(d, 4, 4);
        f.startSmoothing(1.0); // would keep it away otherwise
        Membership m = NetworkFixtures.group(d, "government", "location").join(f, d);
        assertTrue(m.engagedEnough());
        assertEquals(Engagement.NEUTRAL, m.engagement(), 0);
    }
}
