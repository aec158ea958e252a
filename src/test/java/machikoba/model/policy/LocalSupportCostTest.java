package machikoba.model.policy;

import machikoba.model.District;
import machikoba.model.Fixtures;
import machikoba.model.network.Networks;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Local support of firm-initiated networks is public money: the share of members' fees local government bears. */
class LocalSupportCostTest {

    @Test
    void theSupportedShareOfFeesIsCounted() {
        District off = run("0");
        District half = run("0.5");
        assertEquals(0, off.policy().cost().total());
        assertTrue(half.policy().cost().of(Networks.LOCAL_SUPPORT) > 0, "fees of firm groups were borne in part");
        assertEquals(half.policy().cost().total(), half.policy().cost().of(Networks.LOCAL_SUPPORT), 1e-12);
    }

    private static District run(String support) {
        // a firm group with a fee from the start: Kyoto's Kiseiren-like groups pay one [IA-2001]
        District d = Fixtures.district(400, 1, "networkPolicy.localSupport", support,
                "networks[1].origin", "firm", "networks[1].fee", "0.2", "networks[1].founded", "1985");
        while (d.year() < 1987) d.schedule.step(d);
        return d;
    }
}
