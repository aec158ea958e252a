package machikoba.observe;

import machikoba.model.life.ExitCause;
import machikoba.model.network.NetworkEvent;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.ToDoubleFunction;

/**
 * The observer's monthly metrics, defined once: each is a column of timeseries.csv (its name in
 * lower case), what it means, and how it is measured from the month's {@link MonthTally}. The
 * order here is the order of the monthly row and of the file; code reads a value by its metric
 * ({@code Metric.FIRMS.of(row)}), or by its column name through {@link #named}.
 * <p>
 * A new metric is one line here; if it needs something of each firm not yet tallied, add the
 * reading to {@link MonthTally}'s pass over the firms (one pass for all metrics).
 */
public enum Metric {
    STEP("months since the start, from 0", t -> t.step),
    YEAR("calendar year", t -> t.year),
    MONTH("month of the year, 1-12", t -> t.month),
    FIRMS("firms alive at month end", t -> t.firms),
    ENTRIES("firms that entered this month", t -> t.entries),
    EXITS("firms that left this month, whatever the cause", t -> t.exits),
    EXITS_INSOLVENCY("exits this month: the bank refused credit and cash ran out", t -> t.exits(ExitCause.INSOLVENCY)),
    EXITS_NO_SUCCESSOR("exits this month: the owner retired and nobody took over", t -> t.exits(ExitCause.NO_SUCCESSOR)),
    EXITS_LOST_PARENT("exits this month: the parent's orders went", t -> t.exits(ExitCause.LOST_PARENT)),
    EXITS_OTHER("exits this month: the owner gave up after years of losses", t -> t.exits(ExitCause.OTHER)),
    EMPLOYEES("employees of the firms alive", t -> t.employees),
    VALUE_ADDED("value added of the firms alive this month, in ¥M", t -> t.valueAdded),
    PRICE_INDEX("volume-weighted mean price factor on the assemblers' live links (1 = 1985 list price)",
            t -> t.volume > 0 ? t.priceWeighted / t.volume : 1),
    MEAN_TOP_SHARE("of firms with sales, the mean share of sales taken by the largest buyer",
            t -> t.withSales > 0 ? t.topShareSum / t.withSales : 0),
    PARENT_SHARE("of firms with sales, the share whose top buyer takes 70%+ (a \"parent\") [IA-1999]",
            t -> share(t.parents, t.withSales)),
    SHARE_50("of firms with sales, the share whose top buyer takes 50%+", t -> share(t.over50, t.withSales)),
    RECEIVABLE_DAYS("days of sales outstanding: notes held over a month's sales, in 30-day months",
            t -> t.sales > 0 ? t.receivables / t.sales * 30 : 0),
    CASH_STRESS_SHARE("share of firms that had to discount or borrow this month", t -> share(t.stressed, t.firms)),
    NETWORK_MEMBER_SHARE("share of firms labelled in 1+ networks", t -> share(t.labelled, t.firms)),
    NETWORK_ACTIVE_SHARE("share of firms active in 1+ networks", t -> share(t.active, t.firms)),
    NETWORK_MULTI_SHARE("share of firms active in 2+ networks", t -> share(t.multiActive, t.firms)),
    ORDERS_SHARED("network events this month: orders passed on", t -> t.events(NetworkEvent.Kind.ORDER_SHARED)),
    REFERRALS("network events this month: clients referred", t -> t.events(NetworkEvent.Kind.REFERRAL)),
    JOINT_PRODUCTS("network events this month: products developed together", t -> t.events(NetworkEvent.Kind.JOINT_PRODUCT)),
    // the studies' network figures describe surveyed high-tech firms [IA-2001]: R&D firms, and
    // members: of firms labelled in any network, the share active in one; of firms labelled in
    // several, the share active in several (Ota's firms were "labelled members of many" [IA-2001])
    RD_SHARE("share of firms doing R&D", t -> share(t.rd, t.firms)),
    RD_NETWORK_ACTIVE_SHARE("of firms doing R&D, the share active in 1+ networks", t -> share(t.rdActive, t.rd)),
    RD_NETWORK_MULTI_SHARE("of firms doing R&D, the share active in 2+ networks", t -> share(t.rdMultiActive, t.rd)),
    MEMBER_ACTIVE_SHARE("of firms labelled in 1+ networks, the share active in 1+ [IA-2001]",
            t -> share(t.active, t.labelled)),
    MULTI_MEMBER_MULTI_ACTIVE_SHARE("of firms labelled in 2+ networks, the share active in 2+ [IA-2001]",
            t -> share(t.multiLabelledMultiActive, t.multiLabelled)),
    // the census's size classes of establishments [U-2009]; firms under 4 employees are in none
    FIRMS_4_29("firms alive with 4-29 employees", t -> t.employees4to29),
    FIRMS_30_99("firms alive with 30-99 employees", t -> t.employees30to99),
    FIRMS_100_299("firms alive with 100-299 employees", t -> t.employees100to299);

    private static final Metric[] ALL = values();
    private static final List<String> COLUMNS = Arrays.stream(ALL).map(Metric::column).toList();

    private final String column;
    private final String description;
    private final ToDoubleFunction<MonthTally> measure;

    Metric(String description, ToDoubleFunction<MonthTally> measure) {
        this.column = name().toLowerCase(Locale.ROOT);
        this.description = description;
        this.measure = measure;
    }

    /** Its column in timeseries.csv (and in batch files, targets, {@code --metric}). */
    public String column() { return column; }

    public String description() { return description; }

    /** Its value in a monthly row made by the observer. */
    public double of(double[] row) { return row[ordinal()]; }

    /** Where it sits in a monthly row, and so in timeseries.csv after any leading columns. */
    public int index() { return ordinal(); }

    /** The metric of a column name, e.g. from a targets file. */
    public static Metric named(String column) {
        for (Metric m : ALL) if (m.column.equals(column)) return m;
        throw new IllegalArgumentException("no metric " + column + "; expected one of " + String.join(", ", COLUMNS));
    }

    /** Every column name, in the row's order: the header of timeseries.csv. */
    public static List<String> columns() { return COLUMNS; }

    /** The month's row: every metric measured from the month's tallies, in order. */
    static double[] row(MonthTally t) {
        double[] row = new double[ALL.length];
        for (Metric m : ALL) row[m.ordinal()] = m.measure.applyAsDouble(t);
        return row;
    }

    private static double share(int part, int whole) { return whole > 0 ? (double) part / whole : 0; }
}
