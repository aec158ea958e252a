package machikoba.observe;

import machikoba.model.Assembler;
import machikoba.model.District;
import machikoba.model.Firm;
import machikoba.model.SupplyLink;
import machikoba.model.life.ExitCause;
import machikoba.model.network.NetworkEvent;

import java.util.List;

/**
 * The month's counts and sums, from which every {@link Metric} is measured: one pass over the
 * firms, one over the assemblers' links, and the month's entry, exit and network events.
 * <p>
 * Reading the firms (the costly part: a few cache misses per firm at national size) runs on the
 * district's threads into {@link Readings}, one slot per firm; the sums then run on this thread
 * in the firms' order, so every metric is the same to the last bit whatever the number of
 * threads.
 */
final class MonthTally {
    int step, year, month;
    int firms, entries, exits;
    private final int[] exitsByCause = new int[ExitCause.values().length];
    private final int[] eventsByKind = new int[NetworkEvent.Kind.values().length];
    long employees;
    double valueAdded;
    /** Over the assemblers' live links: price times volume, and volume. */
    double priceWeighted, volume;
    /** Firms with sales; the sum of their top buyers' shares; those at 70%+ and 50%+. */
    int withSales, parents, over50;
    double topShareSum;
    double receivables, sales;
    int stressed;
    /** Firms labelled in 1+ networks, active in 1+, active in 2+; labelled in 2+, and of them active in 2+. */
    int labelled, active, multiActive, multiLabelled, multiLabelledMultiActive;
    /** Firms doing R&D; of them active in 1+ and in 2+ networks. */
    int rd, rdActive, rdMultiActive;
    /**
     * The census's establishments [U-2009]: firms alive with 4 employees or more (one firm, one
     * establishment), with their employees and value added (nominal, ¥M per month), in all and by
     * the census's size classes ({@link SizeClass}).
     */
    int establishments;
    long establishmentEmployees;
    double establishmentValueAdded;
    private final int[] establishmentsBy = new int[SizeClass.values().length];
    private final long[] employeesBy = new long[SizeClass.values().length];
    private final double[] valueAddedBy = new double[SizeClass.values().length];
    /** The month's operating profit (before interest) of each class's establishments, ¥M. */
    private final double[] operatingProfitBy = new double[SizeClass.values().length];
    /** The macro path's general price level of the month's year (1985 = 1), which deflates value added. */
    double priceLevel;
    /** Firms alive whose owner is 60 or older [U-2009]. */
    int owners60;
    /** Over establishments: the sum of each firm's smoothed monthly profit (see {@link Readings#read}), ¥M per month. */
    double establishmentProfit;

    /** The census's size classes of establishments by employees [U-2009 Table 1]. */
    enum SizeClass {
        FROM_4_TO_29(4, 29), FROM_30_TO_99(30, 99), FROM_100_TO_299(100, 299), FROM_300(300, Integer.MAX_VALUE);

        final int min, max;

        SizeClass(int min, int max) { this.min = min; this.max = max; }

        /** The class of a firm of {@code e} employees, or null under 4 (no establishment in the census). */
        static SizeClass of(int e) {
            return e < 4 ? null : e < 30 ? FROM_4_TO_29 : e < 100 ? FROM_30_TO_99 : e < 300 ? FROM_100_TO_299 : FROM_300;
        }
    }

    private MonthTally() { }

    int exits(ExitCause c) { return exitsByCause[c.ordinal()]; }

    int events(NetworkEvent.Kind k) { return eventsByKind[k.ordinal()]; }

    int establishments(SizeClass c) { return establishmentsBy[c.ordinal()]; }

    long employees(SizeClass c) { return employeesBy[c.ordinal()]; }

    /** Value added of a class's establishments at constant prices: nominal over the year's price level. */
    double valueAddedReal(SizeClass c) { return valueAddedBy[c.ordinal()] / priceLevel; }

    double operatingProfit(SizeClass c) { return operatingProfitBy[c.ordinal()]; }

    /** Tallies the district as it stands at the end of its month, reading firms and links into {@code r}. */
    static MonthTally of(District d, Readings r) {
        MonthTally t = new MonthTally();
        int step = d.step(); // MASON counts the step only after every agent of it has run
        t.step = step;
        t.year = d.scenario().period().start() + step / 12;
        t.month = step % 12 + 1;
        t.priceLevel = d.macro().priceLevel(t.year);
        for (Firm f : d.exitsThisMonth()) t.exitsByCause[f.exitCause().ordinal()]++;
        t.entries = d.entriesThisMonth().size();
        t.exits = d.exitsThisMonth().size();
        for (NetworkEvent e : d.networkEventsThisMonth()) t.eventsByKind[e.kind().ordinal()]++;
        t.firms(d, r);
        t.links(d, r);
        return t;
    }

    private void firms(District d, Readings r) {
        List<Firm> t2 = d.tier(2), t3 = d.tier(3), t4 = d.tier(4);
        int n2 = t2.size(), n23 = n2 + t3.size(), n = n23 + t4.size();
        r.ensure(n);
        d.pass().forEach(n, i -> r.read(i, i < n2 ? t2.get(i) : i < n23 ? t3.get(i - n2) : t4.get(i - n23)));
        int firms = 0, withSales = 0, parents = 0, over50 = 0, stressed = 0, labelled = 0, active = 0, multi = 0;
        int rd = 0, rdActive = 0, rdMulti = 0, multiLabelled = 0, multiLabelledMulti = 0;
        int owners60 = 0;
        long employees = 0;
        double valueAdded = 0, topSum = 0, receivables = 0, sales = 0, profit = 0;
        int[] byClass = establishmentsBy;
        long[] employeesByClass = employeesBy;
        double[] valueAddedByClass = valueAddedBy, operatingProfitByClass = operatingProfitBy;
        for (int i = 0; i < n; i++) {
            if (!r.alive[i]) continue;
            firms++;
            int e = r.employees[i];
            employees += e;
            SizeClass c = SizeClass.of(e); // the census counts establishments of 4 employees or more
            if (c != null) {
                byClass[c.ordinal()]++;
                employeesByClass[c.ordinal()] += e;
                valueAddedByClass[c.ordinal()] += r.valueAdded[i];
                profit += r.profit[i];
                operatingProfitByClass[c.ordinal()] += r.operatingProfit[i];
            }
            if (r.ownerAge[i] >= 60) owners60++;
            valueAdded += r.valueAdded[i];
            if (r.stressed[i]) stressed++;
            int l = r.labelled[i], a = r.active[i];
            if (l > 0) labelled++;
            if (a > 0) active++;
            if (a > 1) multi++;
            if (l > 1) {
                multiLabelled++;
                if (a > 1) multiLabelledMulti++;
            }
            if (r.rd[i]) {
                rd++;
                if (a > 0) rdActive++;
                if (a > 1) rdMulti++;
            }
            receivables += r.receivables[i];
            sales += r.sales[i];
            if (r.sales[i] > 0) {
                double top = r.top[i];
                withSales++;
                topSum += top;
                if (top >= 0.7) parents++;
                if (top >= 0.5) over50++;
            }
        }
        // kept in locals while summing, written once here: the loop runs over every firm every month
        this.firms = firms;
        this.withSales = withSales;
        this.parents = parents;
        this.over50 = over50;
        this.stressed = stressed;
        this.labelled = labelled;
        this.active = active;
        this.multiActive = multi;
        this.rd = rd;
        this.rdActive = rdActive;
        this.rdMultiActive = rdMulti;
        this.multiLabelled = multiLabelled;
        this.multiLabelledMultiActive = multiLabelledMulti;
        for (SizeClass c : SizeClass.values()) {
            establishments += byClass[c.ordinal()];
            establishmentEmployees += employeesByClass[c.ordinal()];
            establishmentValueAdded += valueAddedByClass[c.ordinal()];
        }
        this.owners60 = owners60;
        this.establishmentProfit = profit;
        this.employees = employees;
        this.valueAdded = valueAdded;
        this.topShareSum = topSum;
        this.receivables = receivables;
        this.sales = sales;
    }

    /** The assemblers' links, read on the district's threads and summed here in order. */
    private void links(District d, Readings r) {
        List<Assembler> as = d.assemblers();
        int[] from = new int[as.size() + 1];
        for (int j = 0; j < as.size(); j++) from[j + 1] = from[j] + as.get(j).supplierLinks().size();
        r.ensureLinks(from[as.size()]);
        d.pass().forEach(as.size(), 1, j -> r.readLinks(from[j], as.get(j).supplierLinks()));
        double priceWeighted = 0, volume = 0;
        for (int k = 0, m = from[as.size()]; k < m; k++) {
            if (!r.linkLive[k]) continue;
            priceWeighted += r.linkPrice[k] * r.linkVolume[k];
            volume += r.linkVolume[k];
        }
        this.priceWeighted = priceWeighted;
        this.volume = volume;
    }

    /** What the month's tallies need of each firm and each assembler's link, one slot each; kept from month to month. */
    static final class Readings {
        boolean[] alive = new boolean[0], stressed = new boolean[0], rd = new boolean[0];
        int[] employees = new int[0], labelled = new int[0], active = new int[0], ownerAge = new int[0];
        double[] valueAdded = new double[0], receivables = new double[0], sales = new double[0], top = new double[0];
        double[] profit = new double[0], operatingProfit = new double[0];

        void ensure(int n) {
            if (alive.length >= n) return;
            int c = Math.max(n, alive.length + alive.length / 4);
            alive = new boolean[c]; stressed = new boolean[c]; rd = new boolean[c];
            employees = new int[c]; labelled = new int[c]; active = new int[c]; ownerAge = new int[c];
            valueAdded = new double[c]; receivables = new double[c]; sales = new double[c]; top = new double[c];
            profit = new double[c]; operatingProfit = new double[c];
        }

        void read(int i, Firm f) {
            alive[i] = f.alive();
            if (!alive[i]) return;
            employees[i] = f.employees();
            valueAdded[i] = f.valueAdded();
            stressed[i] = f.cashStress();
            labelled[i] = f.networkingOrNone().memberships().size();
            active[i] = f.networkingOrNone().activeCount();
            rd[i] = f.doesRd();
            receivables[i] = f.books().outstanding();
            sales[i] = f.salesEma();
            top[i] = sales[i] > 0 ? f.topShare() : 0;
            ownerAge[i] = f.ownerAge();
            // Two readings of profit: the smoothed one firms judge by (about half a year, Smoothing;
            // after interest), which the older column keeps, and the month's operating profit before
            // interest, which is what the census's figure is [U-2009]. A firm not yet through a month
            // has neither and counts 0.
            double p = f.profitEma();
            profit[i] = Double.isNaN(p) ? 0 : p;
            operatingProfit[i] = f.operatingProfit();
        }

        boolean[] linkLive = new boolean[0];
        double[] linkPrice = new double[0], linkVolume = new double[0];

        void ensureLinks(int n) {
            if (linkLive.length >= n) return;
            int c = Math.max(n, linkLive.length + linkLive.length / 4);
            linkLive = new boolean[c]; linkPrice = new double[c]; linkVolume = new double[c];
        }

        void readLinks(int from, List<SupplyLink> links) {
            for (int k = 0, n = links.size(); k < n; k++) {
                SupplyLink l = links.get(k);
                linkLive[from + k] = !l.isDead();
                linkPrice[from + k] = l.price();
                linkVolume[from + k] = l.volume();
            }
        }
    }
}
