package machikoba.model.network.membership;

import machikoba.model.District;
import machikoba.model.Firm;
import machikoba.model.network.HorizontalNetwork;
import machikoba.model.network.Membership;
import machikoba.model.supply.CustomerSearch;

import java.util.List;

/**
 * Coordinator groups (Ota Industrial Network Group): a few capable tier-2 firms each gather a
 * group of smaller firms whose skills they know (4 coordinators, ~150 firms each [CT-2003]).
 * Group members are of lower tiers so the coordinator can pass them work.
 */
final class CoordinatorRule implements MembershipRule {
    private final int groups;
    private final int perGroup;

    CoordinatorRule(int groups, int perGroup) {
        this.groups = groups;
        this.perGroup = perGroup;
    }

    @Override public void found(HorizontalNetwork n, District d) {
        for (int tries = 0; n.coordinators().size() < groups && tries < 10 * groups; tries++) {
            Firm c = CustomerSearch.largestOfSample(d.tier(2), 10, d.random);
            if (c == null || n.has(c) || !n.admits(c, d)) continue;
            Membership m = n.join(c, d);
            m.coordinate(n.coordinators().size());
            n.coordinators().add(c);
        }
        recruit(n, d);
    }

    @Override public void recruit(HorizontalNetwork n, District d) {
        int[] count = new int[n.coordinators().size()];
        for (Membership m : n.members()) if (m.isCurrent() && !m.coordinator()) count[m.group()]++;
        for (int g = 0; g < count.length; g++) {
            if (!n.coordinators().get(g).alive()) continue;
            int missing = perGroup - count[g];
            for (int tries = 0; missing > 0 && tries < 3 * missing + 10; tries++) {
                List<Firm> tier = d.tier(d.random.nextBoolean() ? 3 : 4);
                if (tier.isEmpty()) continue;
                Firm f = tier.get(d.random.nextInt(tier.size()));
                if (!n.admits(f, d) || n.has(f)) continue;
                n.join(f, d).joinGroup(g);
                missing--;
            }
        }
    }
}
