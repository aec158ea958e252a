package machikoba.observe;

import machikoba.model.life.ExitCause;
import machikoba.model.network.NetworkEvent;
import machikoba.observe.MonthTally.SizeClass;

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
    // Observed as the census observes [U-2009]: establishments are firms alive with 4 employees or
    // more (one firm, one establishment); value added at constant prices is nominal over the macro
    // path's general price level of the year (the census deflates by the corporate goods price
    // index, not by subcontract prices). The study's base year is 2000, ours 1985: rates of change
    // do not depend on it.
    ESTABLISHMENTS("establishments: firms alive with 4+ employees [U-2009]", t -> t.establishments),
    ESTABLISHMENT_EMPLOYEES("employees of the establishments (firms of 4+ employees)", t -> t.establishmentEmployees),
    ESTABLISHMENT_VALUE_ADDED("value added of the establishments this month, nominal, in ¥M", t -> t.establishmentValueAdded),
    ESTABLISHMENT_VALUE_ADDED_REAL("value added of the establishments this month at 1985 prices (nominal / price_level), in ¥M",
            t -> t.establishmentValueAdded / t.priceLevel),
    ESTABLISHMENTS_4_29("establishments with 4-29 employees", t -> t.establishments(SizeClass.FROM_4_TO_29)),
    ESTABLISHMENTS_30_99("establishments with 30-99 employees", t -> t.establishments(SizeClass.FROM_30_TO_99)),
    ESTABLISHMENTS_100_299("establishments with 100-299 employees", t -> t.establishments(SizeClass.FROM_100_TO_299)),
    ESTABLISHMENTS_300_PLUS("establishments with 300+ employees", t -> t.establishments(SizeClass.FROM_300)),
    ESTABLISHMENT_EMPLOYEES_4_29("employees of establishments with 4-29 employees", t -> t.employees(SizeClass.FROM_4_TO_29)),
    ESTABLISHMENT_EMPLOYEES_30_99("employees of establishments with 30-99 employees", t -> t.employees(SizeClass.FROM_30_TO_99)),
    ESTABLISHMENT_EMPLOYEES_100_299("employees of establishments with 100-299 employees", t -> t.employees(SizeClass.FROM_100_TO_299)),
    ESTABLISHMENT_EMPLOYEES_300_PLUS("employees of establishments with 300+ employees", t -> t.employees(SizeClass.FROM_300)),
    ESTABLISHMENT_VALUE_ADDED_REAL_4_29("value added at 1985 prices of establishments with 4-29 employees, ¥M",
            t -> t.valueAddedReal(SizeClass.FROM_4_TO_29)),
    ESTABLISHMENT_VALUE_ADDED_REAL_30_99("value added at 1985 prices of establishments with 30-99 employees, ¥M",
            t -> t.valueAddedReal(SizeClass.FROM_30_TO_99)),
    ESTABLISHMENT_VALUE_ADDED_REAL_100_299("value added at 1985 prices of establishments with 100-299 employees, ¥M",
            t -> t.valueAddedReal(SizeClass.FROM_100_TO_299)),
    ESTABLISHMENT_VALUE_ADDED_REAL_300_PLUS("value added at 1985 prices of establishments with 300+ employees, ¥M",
            t -> t.valueAddedReal(SizeClass.FROM_300)),
    // The small and medium establishments, 4-299, summed over their three classes: the model's
    // counterpart of the census's whole (japan.targets.yaml says why its 300+ class is not one).
    ESTABLISHMENTS_4_299("establishments with 4-299 employees", t -> smallAndMedium(t::establishments)),
    ESTABLISHMENT_EMPLOYEES_4_299("employees of establishments with 4-299 employees", t -> smallAndMedium(t::employees)),
    ESTABLISHMENT_VALUE_ADDED_REAL_4_299("value added at 1985 prices of establishments with 4-299 employees, ¥M",
            t -> smallAndMedium(t::valueAddedReal)),
    PRICE_LEVEL("the macro path's general price level of the year (1985 = 1), which deflates value added", t -> t.priceLevel),
    OWNERS_60_PLUS_SHARE("of firms alive, the share whose owner is 60 or older [U-2009]", t -> share(t.owners60, t.firms)),
    OPERATING_PROFIT_PER_ESTABLISHMENT("profit per establishment, ¥M a year: the establishments' smoothed monthly profit, "
            + "times 12, over their number [U-2009]", t -> t.establishments > 0 ? t.establishmentProfit * 12 / t.establishments : 0),
    TFP_PROXY("productivity of establishments for [U-2009] Table 3: real value added per employee, ¥M a month at 1985 prices",
            Metric::tfp),
    // What the census's figure is [U-2009]: the small and medium establishments' operating profit
    // (before interest) of the month, not a smoothed reading, so that a year's mean is the year's
    // profit; the model's 300+ class, firms grown out of 4-299, is no part of it (as for value added).
    OPERATING_PROFIT_PER_ESTABLISHMENT_4_299("operating profit (before interest) per establishment of 4-299 employees, "
            + "¥M a year: the month's, times 12 [U-2009]", t -> {
                double n = smallAndMedium(t::establishments);
                return n > 0 ? smallAndMedium(t::operatingProfit) * 12 / n : 0;
            });
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

    /**
     * The productivity the Table 3 pattern of [U-2009] is read on. The study's TFP nets out capital;
     * firms carry no capital stock yet, so this is labour productivity of the establishments (real
     * value added per employee). When firms carry capital, this one method becomes
     * {@code VA / (L^a K^(1-a))} and every target on {@code tfp_proxy} follows.
     */
    private static double tfp(MonthTally t) {
        return t.establishmentEmployees > 0 ? t.establishmentValueAdded / t.priceLevel / t.establishmentEmployees : 0;
    }

    /** A figure summed over the small and medium classes, 4-299, in the classes' order. */
    private static double smallAndMedium(java.util.function.ToDoubleFunction<SizeClass> byClass) {
        return byClass.applyAsDouble(SizeClass.FROM_4_TO_29) + byClass.applyAsDouble(SizeClass.FROM_30_TO_99)
                + byClass.applyAsDouble(SizeClass.FROM_100_TO_299);
    }

    private static double share(int part, int whole) { return whole > 0 ? (double) part / whole : 0; }
}
