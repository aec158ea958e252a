package machikoba.model;

import machikoba.scenario.Scenario;

/**
 * Who becomes a member, at founding and when places fall vacant (once a year). Each rule
 * samples candidates; none scans the district for each member.
 */
interface MembershipRule {
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
        int a = d.tiers[0].size(), b = d.tiers[1].size(), c = d.tiers[2].size();
        int total = a + b + c;
        if (total == 0) return null;
        int k = d.random.nextInt(total);
        Firm f = k < a ? d.tiers[0].get(k) : k < a + b ? d.tiers[1].get(k - a) : d.tiers[2].get(k - a - b);
        return f.alive() ? f : null;
    }

    static int alive(HorizontalNetwork n) {
        int c = 0;
        for (Membership m : n.members) if (m.current()) c++;
        return c;
    }
}
