package machikoba.model.network;

import machikoba.model.Firm;

/**
 * A firm's place in one network: labelled as soon as it is on the list, active only while its
 * engagement is above the threshold [IA-2001: Ota firms were "labelled members of many"].
 */
public final class Membership {
    /** What each kind of help is worth to a member, in benefit points (relative values, calibrated). */
    static final double EXCHANGE_POINTS = 0.25, REFERRAL_POINTS = 1.0, SHARED_POINTS = 0.5, JOINT_POINTS = 2.0;

    private final Firm firm;
    private final HorizontalNetwork network;
    /** How much the member puts in, 0-1; set by {@link Engagement}. */
    private double engagement;
    /** Engagement at or above the threshold (whether the firm is still listed is {@link #isCurrent}). */
    private boolean engaged;
    /** What the network gave it lately, in benefit points that fade over about a year. */
    private double benefit;
    /** Coordinator group, for networks of coordinator groups [CT-2003]; 0 otherwise. */
    private int group;
    private boolean coordinator;
    /** Materials discount from the network's buyers' group while active. */
    private double discount;
    private boolean left;

    Membership(Firm firm, HorizontalNetwork network) {
        this.firm = firm;
        this.network = network;
    }

    /** Still listed: not left, firm not exited. */
    public boolean isCurrent() { return !left && firm.alive(); }
    public boolean isActive() { return engaged && isCurrent(); }
    public boolean engagedEnough() { return engaged; }
    public Firm firm() { return firm; }
    public HorizontalNetwork network() { return network; }
    public double engagement() { return engagement; }
    public double benefit() { return benefit; }
    public int group() { return group; }
    public boolean coordinator() { return coordinator; }
    public double discount() { return discount; }
    public boolean hasLeft() { return left; }

    void engage(double engagement, boolean engaged) {
        this.engagement = engagement;
        this.engaged = engaged;
    }
    void gain(double points) { benefit += points; }
    void fadeBenefit(double keep) { benefit *= keep; }
    void setDiscount(double d) { discount = d; }
    void leave() { left = true; }
    /** Member of a coordinator's group [CT-2003]. */
    public void joinGroup(int g) { group = g; }
    /** The coordinator of its group. */
    public void coordinate(int g) { group = g; coordinator = true; }
}
