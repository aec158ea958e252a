package machikoba.model;

import machikoba.scenario.Scenario;

import java.util.ArrayList;
import java.util.List;

/**
 * A horizontal network of firms [IA-2001]: its origin, founding year, membership rule, funding,
 * fee and meeting frequency, and its members with their engagement. What it does for them
 * lives in the mechanism classes ({@link InformationExchange}, {@link ClientReferral},
 * {@link OrderSharing}, {@link JointDevelopment}, {@link BuyersGroup}, {@link CoordinatedOrder}).
 */
public final class HorizontalNetwork {
    final int id;
    final String name;
    final Origin origin;
    final int founded;
    final Scenario.Network spec;
    final MembershipRule rule;
    final String funding;
    final double fee;
    final int meetingsPerYear;
    final boolean buyersGroup;
    final List<Membership> members = new ArrayList<>();
    /** Coordinator firms of a network of coordinator groups [CT-2003]. */
    final List<Firm> coordinators = new ArrayList<>();
    /** The assembler that leads a subcontractor group. */
    Assembler parent;

    HorizontalNetwork(int id, String name, int founded, Scenario.Network spec) {
        this.id = id;
        this.name = name;
        this.origin = Origin.of(spec.origin());
        this.founded = founded;
        this.spec = spec;
        this.rule = MembershipRule.of(spec.membership());
        this.funding = spec.funding();
        this.fee = spec.fee();
        this.meetingsPerYear = spec.meetingsPerYear();
        this.buyersGroup = spec.buyersGroup();
    }

    /** Meetings spread evenly over the year: month m holds one if a multiple of 12/frequency falls in it. */
    boolean meetsIn(int month) {
        return (month * meetingsPerYear) / 12 > ((month - 1) * meetingsPerYear) / 12;
    }

    Membership join(Firm f, District d) {
        Membership m = new Membership(f, this);
        members.add(m);
        f.addMembership(m);
        Engagement.update(m, d, true);
        return m;
    }

    void leave(Membership m) {
        m.left = true;
        m.firm.memberships.remove(m);
    }

    boolean has(Firm f) {
        return membershipOf(f) != null;
    }

    Membership membershipOf(Firm f) {
        for (int i = 0, n = f.memberships.size(); i < n; i++) {
            Membership m = f.memberships.get(i);
            if (m.network == this && !m.left) return m;
        }
        return null;
    }

    /** Drops members that left or exited. */
    void compact() {
        members.removeIf(m -> !m.current());
    }

    /** The age limit in force: the network's own, or the district's policy for every network, the lower of the two. */
    int ageLimit(District d) {
        return AgeLimit.effective(spec.membership().ageLimit(), d.params.networkAgeLimit);
    }

    boolean admits(Firm f, District d) {
        return f.alive() && AgeLimit.admits(f, ageLimit(d));
    }

    // --- read access for observers ---
    public int getId() { return id; }
    public String getName() { return name; }
    public String getOrigin() { return origin.label; }
    public int getFounded() { return founded; }
    public int getMeetingsPerYear() { return meetingsPerYear; }
    public List<Membership> members() { return members; }

    @Override public String toString() { return name + " (" + origin.label + ", " + founded + ")"; }
}
