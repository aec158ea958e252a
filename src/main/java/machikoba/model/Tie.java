package machikoba.model;

/**
 * Trust between two firms that have exchanged something. Kept only for pairs that did
 * (a few per firm), shared by both ends; trust fades lazily by the months since the last exchange.
 */
public final class Tie {
    final Firm a, b;
    /** The network in which the pair last exchanged: where the relationship lives now. */
    HorizontalNetwork network;
    double trust;
    int lastStep;
    boolean dead;

    Tie(Firm a, Firm b, HorizontalNetwork network, int step) {
        this.a = a;
        this.b = b;
        this.network = network;
        this.lastStep = step;
    }

    Firm other(Firm f) { return f == a ? b : a; }

    public HorizontalNetwork network() { return network; }
}
