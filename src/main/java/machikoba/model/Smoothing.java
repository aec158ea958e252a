package machikoba.model;

/** Firms judge sales, profit and delivery by a moving average of about the last half-year. */
final class Smoothing {
    static final double MONTHLY = 1.0 / 6.0;

    private Smoothing() { }
}
