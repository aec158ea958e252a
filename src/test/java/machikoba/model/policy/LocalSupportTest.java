package machikoba.model.policy;

import machikoba.model.District;
import machikoba.model.Fixtures;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Local support in given years lowers the cost of taking part in firm groups then, and only then. */
class LocalSupportTest {

    @Test
    void theSupportHoldsInItsYearsOnly() {
        District d = Fixtures.district(100, 1, "policy.localSupport.share", "0.6", "policy.localSupport.startYear", "1986",
                "policy.localSupport.endYear", "1986");
        d.policy().monthStart(d);
        assertEquals(0.0, d.getLocalNetworkSupport(), "1985: not yet");
        while (d.year() < 1986) d.schedule.step(d);
        d.policy().monthStart(d);
        assertEquals(0.6, d.getLocalNetworkSupport());
        while (d.year() < 1987) d.schedule.step(d);
        d.policy().monthStart(d);
        assertEquals(0.0, d.getLocalNetworkSupport(), "the scenario's own support again");
    }
}
