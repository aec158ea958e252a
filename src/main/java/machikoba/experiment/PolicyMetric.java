package machikoba.experiment;

import java.util.List;

/**
 * What a policy comparison measures, once a year (December): survival, innovation, dependence,
 * networking and public cost (docs/policy.md). A stock is read in December; a flow is the year's
 * sum. Over a window of years a stock is its value in the window's last year and a flow its sum.
 */
public enum PolicyMetric {
    FIRMS("firms alive in December", false),
    EXITS("exits in the year, whatever the cause", true),
    EXITS_INSOLVENCY("exits in the year: the bank refused credit and cash ran out", true),
    PRODUCTS("own products held by the firms alive in December (own R&D, joint projects, programmes)", false),
    LEADERS("firms alive in December of the innovation class leader [IA-1999]", false),
    JOINT_PRODUCTS("products developed together in networks in the year", true),
    PARENT_SHARE("of firms with sales, the share whose top buyer takes 70%+, December", false),
    SHARE_50("of firms with sales, the share whose top buyer takes 50%+, December", false),
    NETWORK_ACTIVE_SHARE("share of firms active in 1+ networks, December", false),
    VALUE_ADDED("value added of the year, ¥M", true),
    PUBLIC_COST("what the levers spent in the year, ¥M", true);

    public final String meaning;
    public final boolean flow;

    PolicyMetric(String meaning, boolean flow) {
        this.meaning = meaning;
        this.flow = flow;
    }

    public String column() { return name().toLowerCase(java.util.Locale.ROOT); }

    public static List<String> columns() {
        return java.util.Arrays.stream(values()).map(PolicyMetric::column).toList();
    }
}
