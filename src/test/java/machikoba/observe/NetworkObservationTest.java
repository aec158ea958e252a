package machikoba.observe;

import machikoba.model.District;
import machikoba.model.Firm;
import machikoba.model.network.HorizontalNetwork;
import machikoba.model.network.Membership;
import machikoba.model.network.NetworkEvent;

import machikoba.scenario.ScenarioLoader;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Network columns and networks.csv rows are counted from the firms, memberships and the month's network events. */
class NetworkObservationTest {
    @Test
    void sharesAndEventCountsAgreeWithTheModel() {
        District d = new District(5, ScenarioLoader.load(Path.of("scenarios/kyoto.yaml"), Map.of("firms.count", "600")));
        d.start();
        Observer o = new Observer().attach(d);
        long shared = 0;
        for (int m = 0; m < 36; m++) {
            d.schedule.step(d);
            double[] row = o.last();
            int firms = 0, labelled = 0, active = 0, multi = 0;
            for (Firm f : d.firms()) {
                if (!f.alive()) continue;
                firms++;
                if (f.networkingOrNone().memberships().size() > 0) labelled++;
                if (f.networkingOrNone().activeCount() > 0) active++;
                if (f.networkingOrNone().activeCount() > 1) multi++;
            }
            assertEquals((double) labelled / firms, Metric.NETWORK_MEMBER_SHARE.of(row), 1e-12);
            assertEquals((double) active / firms, Metric.NETWORK_ACTIVE_SHARE.of(row), 1e-12);
            assertEquals((double) multi / firms, Metric.NETWORK_MULTI_SHARE.of(row), 1e-12);
            long sharedNow = d.networkEventsThisMonth().stream().filter(e -> e.kind() == NetworkEvent.Kind.ORDER_SHARED).count();
            assertEquals(sharedNow, (long) Metric.ORDERS_SHARED.of(row));
            shared += sharedNow;
        }
        assertTrue(shared > 0, "Kyoto's networks share orders");
        List<NetworkLedger.Row> rows = o.networks();
        int networksNow = d.networks().size();
        assertTrue(rows.size() >= networksNow, "one row per network and year");
        long sharedInRows = rows.stream().mapToLong(NetworkLedger.Row::ordersShared).sum();
        assertEquals(shared, sharedInRows, "the year's rows add up the months' events");
        for (NetworkLedger.Row r : rows.subList(rows.size() - networksNow, rows.size())) {
            HorizontalNetwork n = d.networks().stream().filter(x -> x.getName().equals(r.network())).findFirst().orElseThrow();
            assertEquals(n.members().stream().filter(Membership::isCurrent).count(), r.members());
            assertEquals(n.members().stream().filter(Membership::isActive).count(), r.activeMembers());
        }
    }
}
