package machikoba.model.network;

import machikoba.model.Assembler;
import machikoba.model.District;
import machikoba.model.Firm;
import machikoba.model.network.membership.MembershipRule;

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
    private final int id;
    private final String name;
    private final Origin origin;
    private final int founded;
    private final Scenario.Network spec;
    private final MembershipRule rule;
    private final String funding;
    private final double fee;
    private final int meetingsPerYear;
    private final boolean buyersGroup;
    private final List<Membership> members = new ArrayList<>();
    /** Coordinator firms of a network of coordinator groups [CT-2003]. */
    private final List<Firm> coordinators = new ArrayList<>();
    /** The assembler that leads a subcontractor group. */
    private Assembler parent;

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

    public Membership join(Firm f, District d) {
        Membership m = new Membership(f, this);
        members.add(m);
        f.networking().addMembership(m);
        Engagement.update(m, d, true);
        return m;
    }

    void leave(Membership m) {
        m.leave();
        m.firm().networking().removeMembership(m);
    }

    public boolean has(Firm f) {
        return membershipOf(f) != null;
    }

    public Membership membershipOf(Firm f) {
        for (int i = 0, n = f.networkingOrNone().memberships().size(); i < n; i++) {
            Membership m = f.networkingOrNone().memberships().get(i);
            if (m.network() == this && !m.hasLeft()) return m;
        }
        return null;
    }

    /** Drops members that left or exited. */
    void compact() {
        members.removeIf(m -> !m.isCurrent());
    }

    /** The age limit in force: the network's own, or the district's policy for every network, the lower of the two. */
    public int ageLimit(District d) {
        return AgeLimit.effective(spec.membership().ageLimit(), d.params().networkAgeLimit());
    }

    public boolean admits(Firm f, District d) {
        return f.alive() && AgeLimit.admits(f, ageLimit(d));
    }

    // --- read access for observers ---
    public int getId() { return id; }
    public String getName() { return name; }
    public String getOrigin() { return origin.label; }
    public int getFounded() { return founded; }
    public int getMeetingsPerYear() { return meetingsPerYear; }
    public List<Membership> members() { return members; }
    public int id() { return id; }
    public Origin origin() { return origin; }
    public Scenario.Network spec() { return spec; }
    public MembershipRule rule() { return rule; }
    public double fee() { return fee; }
    public boolean buyersGroup() { return buyersGroup; }
    /** Coordinator firms, for a network of coordinator groups; added by its membership rule. */
    public List<Firm> coordinators() { return coordinators; }
    public Assembler parent() { return parent; }
    /** The assembler that leads a subcontractor group, set by its membership rule. */
    public void ledBy(Assembler a) { parent = a; }

    @Override public String toString() { return name + " (" + origin.label + ", " + founded + ")"; }
}
