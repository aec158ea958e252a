package machikoba.model.network.membership;

import machikoba.model.District;
import machikoba.model.Firm;
import machikoba.model.network.HorizontalNetwork;
import machikoba.model.network.Membership;
import java.util.List;

import machikoba.scenario.Scenario;

/**
 * Who becomes a member, at founding and when places fall vacant (once a year). Each rule
 * samples candidates; none scans the district for each member.
 */
public interface MembershipRule {
    /** Fills the network at its founding. */
    void found(HorizontalNetwork n, District d);

    /** Fills vacancies once a year. */
    void recruit(HorizontalNetwork n, District d);

    static MembershipRule of(Scenario.Membership m) {
        return switch (m.rule()) {
            case "location" -> new LocationRule(m.size());
            case "topSales" -> new TopSalesRule(m.size());
            case "likeMinded" -> new LikeMindedRule(m.size());
            case "coordinator" -> new CoordinatorRule(m.groups(), m.size());
            case "parent" -> new ParentGroupRule(m.size());
            default -> throw new IllegalArgumentException(m.rule());
        };
    }

    /** A firm of any tier drawn at random (location carries no other information). */
    static Firm anyFirm(District d) {
        List<Firm> t2 = d.tier(2), t3 = d.tier(3), t4 = d.tier(4);
        int a = t2.size(), b = t3.size(), c = t4.size();
        int total = a + b + c;
        if (total == 0) return null;
        int k = d.random.nextInt(total);
        Firm f = k < a ? t2.get(k) : k < a + b ? t3.get(k - a) : t4.get(k - a - b);
        return f.alive() ? f : null;
    }

    static int alive(HorizontalNetwork n) {
        int c = 0;
        for (Membership m : n.members()) if (m.isCurrent()) c++;
        return c;
    }
}
