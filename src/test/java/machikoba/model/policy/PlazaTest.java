package machikoba.model.policy;

import machikoba.model.District;
import machikoba.model.Fixtures;
import machikoba.model.network.HorizontalNetwork;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A 1981 plaza, earlier than the run, is there at the start: a government exchange across trades, listed by location [U-2009]. */
class PlazaTest {

    @Test
    void aPlazaIsFoundedAtTheStartListsFirmsAcrossTradesAndCostsItsSecretariat() {
        District off = Fixtures.district(400, 1);
        District d = Fixtures.district(400, 1, "policy.plaza.size", "80", "policy.plaza.endYear", "1986");
        assertEquals(off.networks().size() + 1, d.networks().size());
        HorizontalNetwork plaza = d.networks().get(d.networks().size() - 1);
        assertEquals("government", plaza.getOrigin());
        assertTrue(plaza.members().size() > 40, "listed by location: " + plaza.members().size());
        assertTrue(plaza.members().stream().map(m -> m.firm().skill()).distinct().count() > 2, "firms of several trades");
        while (d.year() < 1988) d.schedule.step(d);
        assertEquals(2 * d.scenario().policy().plaza().costPerYear(), d.policy().cost().total(), 1e-9, "paid in 1985 and 1986 only");
    }
}
