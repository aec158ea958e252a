package machikoba.model.policy;

import machikoba.model.District;
import machikoba.model.Fixtures;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** A regional platform founded on a central call costs its office every year from its founding [CT-2003]. */
class PlatformCostTest {

    @Test
    void eachPlatformCostsItsYearlyPost() {
        District d = Fixtures.district(300, 1, "networkPolicy.centralCalls[0]", "1986", "networkPolicy.centralCalls[1]", "1987");
        while (d.year() < 1989) d.schedule.step(d);
        double perYear = d.scenario().policy().platforms().costPerYear();
        // 1986: one platform; 1987 and 1988: two
        assertEquals(5 * perYear, d.policy().cost().of(Policy.PLATFORMS), 1e-9);
        District none = Fixtures.district(300, 1, "networkPolicy.topDown", "false", "networkPolicy.centralCalls[0]", "1986");
        while (none.year() < 1989) none.schedule.step(none);
        assertEquals(0, none.policy().cost().total(), "no calls answered, nothing spent");
    }
}
