package machikoba.model.network;

import machikoba.model.Firm;

/**
 * Trust between two firms that have exchanged something. Kept only for pairs that did
 * (a few per firm), shared by both ends; trust fades lazily by the months since the last
 * exchange ({@link Trust}, which alone changes it).
 */
public final class Tie {
    private final Firm a, b;
    /** The network in which the pair last exchanged: where the relationship lives now. */
    private HorizontalNetwork network;
    private double trust;
    private int lastStep;
    private boolean dead;

    Tie(Firm a, Firm b, HorizontalNetwork network, int step) {
        this.a = a;
        this.b = b;
        this.network = network;
        this.lastStep = step;
    }

    public Firm other(Firm f) { return f == a ? b : a; }

    public HorizontalNetwork network() { return network; }
    public Firm first() { return a; }
    public Firm second() { return b; }
    public double trust() { return trust; }
    public int lastStep() { return lastStep; }
    public boolean isDead() { return dead; }

    void moveTo(HorizontalNetwork n) { network = n; }
    void trustIs(double t, int step) { trust = t; lastStep = step; }
    void die() { dead = true; }
}
