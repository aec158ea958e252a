package machikoba.model;

/**
 * A firm's place in one network: labelled as soon as it is on the list, active only while its
 * engagement is above the threshold [IA-2001: Ota firms were "labelled members of many"].
 */
public final class Membership {
    final Firm firm;
    final HorizontalNetwork network;
    /** How much the member puts in, 0-1; set by {@link Engagement}. */
    double engagement;
    boolean active;
    /** What the network gave it lately, in benefit points that fade over about a year. */
    double benefit;
    /** Coordinator group, for networks of coordinator groups [CT-2003]; 0 otherwise. */
    int group;
    boolean coordinator;
    /** Materials discount from the network's buyers' group while active. */
    double discount;
    boolean left;

    Membership(Firm firm, HorizontalNetwork network) {
        this.firm = firm;
        this.network = network;
    }

    boolean current() { return !left && firm.alive(); }

    /** Still listed: not left, firm not exited. */
    public boolean isCurrent() { return current(); }

    /** What each kind of help is worth to a member, in benefit points (relative values, calibrated). */
    static final double EXCHANGE_POINTS = 0.25, REFERRAL_POINTS = 1.0, SHARED_POINTS = 0.5, JOINT_POINTS = 2.0;

    public Firm firm() { return firm; }
    public HorizontalNetwork network() { return network; }
    public double engagement() { return engagement; }
    public boolean isActive() { return active && current(); }
}
