package machikoba.model;

/** Anyone who places subcontracting orders: an assembler, or a firm passing work down the pyramid. */
public interface Buyer {
    int id();

    boolean isAssembler();

    /** This month's orders relative to normal (1 = normal); routine orders to suppliers scale with it. */
    double activity();
}
