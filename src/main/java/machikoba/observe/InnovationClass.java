package machikoba.observe;

/**
 * The four classes into which [IA-1999] sorted the surveyed firms, as rules on what the model
 * records of a firm: its products, its R&D, its value added per employee and its customer base.
 * <ul>
 * <li>leader: two or more own products, top customer at most 40%, value added per employee at
 *     least the district's median;</li>
 * <li>moderate: at least one own product and top customer at most 50%;</li>
 * <li>mixed: some innovation (a product, or R&D under way) but dependent or thin;</li>
 * <li>failure: neither products nor R&D.</li>
 * </ul>
 */
public enum InnovationClass {
    LEADER("leader"), MODERATE("moderate"), MIXED("mixed"), FAILURE("failure");

    public final String label;

    InnovationClass(String label) { this.label = label; }

    public static InnovationClass of(int products, boolean doesRd, double topShare,
                                     double valueAddedPerEmployee, double medianValueAddedPerEmployee) {
        if (products >= 2 && topShare <= 0.4 && valueAddedPerEmployee >= medianValueAddedPerEmployee) return LEADER;
        if (products >= 1 && topShare <= 0.5) return MODERATE;
        if (products >= 1 || doesRd) return MIXED;
        return FAILURE;
    }
}
