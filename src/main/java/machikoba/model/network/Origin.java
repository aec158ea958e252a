package machikoba.model.network;

/**
 * Who started a network [IA-2001]. The origin decides who founds it and by which membership
 * rule; it never scales what the network does — that comes from its members' engagement and trust.
 */
public enum Origin {
    FIRM("firm"), CHAMBER("chamber"), GOVERNMENT("government"), PARENT("parent");

    public final String label;

    Origin(String label) { this.label = label; }

    static Origin of(String label) {
        for (Origin o : values()) if (o.label.equals(label)) return o;
        throw new IllegalArgumentException(label);
    }

    /** Founded from above by a chamber or local government: switched by the top-down lever. */
    boolean topDown() { return this == CHAMBER || this == GOVERNMENT; }
}
