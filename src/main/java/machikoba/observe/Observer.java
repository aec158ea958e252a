package machikoba.observe;

import machikoba.model.Assembler;
import machikoba.model.District;
import machikoba.model.Firm;
import machikoba.model.SupplyLink;
import machikoba.model.life.ExitCause;
import machikoba.model.network.NetworkEvent;
import sim.engine.SimState;
import sim.engine.Steppable;

import java.util.ArrayList;
import java.util.List;

/**
 * Measures the district at the end of every month: one row of {@link #COLUMNS}. The model
 * keeps no statistics of its own; everything counted here is counted from the firms,
 * assemblers and the month's entry and exit events.
 */
public final class Observer implements Steppable {
    private static final long serialVersionUID = 1L;

    public static final String[] COLUMNS = {
        "step", "year", "month", "firms", "entries", "exits",
        "exits_insolvency", "exits_no_successor", "exits_lost_parent", "exits_other",
        "employees", "value_added", "price_index", "mean_top_share", "parent_share", "share_50",
        "receivable_days", "cash_stress_share",
        "network_member_share", "network_active_share", "network_multi_share", "orders_shared", "referrals", "joint_products",
        // the studies' network figures describe surveyed high-tech firms [IA-2001]: R&D firms, and
        // members: of firms labelled in any network, the share active in one; of firms labelled in
        // several, the share active in several (Ota's firms were "labelled members of many" [IA-2001])
        "rd_share", "rd_network_active_share", "rd_network_multi_share",
        "member_active_share", "multi_member_multi_active_share",
        // the census's size classes of establishments [U-2009]
        "firms_4_29", "firms_30_99", "firms_100_299"
    };

    private final List<double[]> rows = new ArrayList<>();
    private final NetworkLedger networks = new NetworkLedger();

    /** Schedules this observer to run after the model's own phases every month. */
    public Observer attach(District d) {
        d.schedule.scheduleRepeating(sim.engine.Schedule.EPOCH, District.OBSERVER_ORDERING, this, 1);
        return this;
    }

    @Override
    public void step(SimState state) {
        District d = (District) state;
        rows.add(measure(d, readings));
        networks.month(d);
    }

    /** One row per network and year, {@link NetworkLedger#COLUMNS}. */
    public List<Object[]> networkRows() { return networks.rows(); }

    public List<double[]> rows() { return rows; }

    public double[] last() { return rows.isEmpty() ? null : rows.get(rows.size() - 1); }

    public static int column(String name) {
        for (int i = 0; i < COLUMNS.length; i++) if (COLUMNS[i].equals(name)) return i;
        throw new IllegalArgumentException("no column " + name);
    }

    /** What the month's row needs of each firm and each assembler's link, read on the district's threads, one slot each. */
    private static final class FirmReadings {
        boolean[] alive = new boolean[0], stressed = new boolean[0], rd = new boolean[0];
        int[] employees = new int[0], labelled = new int[0], active = new int[0];
        double[] valueAdded = new double[0], receivables = new double[0], sales = new double[0], top = new double[0];

        void ensure(int n) {
            if (alive.length >= n) return;
            int c = Math.max(n, alive.length + alive.length / 4);
            alive = new boolean[c]; stressed = new boolean[c]; rd = new boolean[c];
            employees = new int[c]; labelled = new int[c]; active = new int[c];
            valueAdded = new double[c]; receivables = new double[c]; sales = new double[c]; top = new double[c];
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

    private final FirmReadings readings = new FirmReadings();

    static double[] measure(District d) {
        return measure(d, new FirmReadings());
    }

    /**
     * Reading the firms (the costly part: a few cache misses per firm at national size) runs
     * on the district's threads; the sums then run on this thread in the firms' order, so the
     * row is the same to the last bit whatever the number of threads.
     */
    private static double[] measure(District d, FirmReadings r) {
        int[] exits = new int[ExitCause.values().length];
        for (Firm f : d.exitsThisMonth()) exits[f.exitCause().ordinal()]++;
        List<Firm> t2 = d.tier(2), t3 = d.tier(3), t4 = d.tier(4);
        int n2 = t2.size(), n23 = n2 + t3.size(), n = n23 + t4.size();
        r.ensure(n);
        d.pass().forEach(n, i -> r.read(i, i < n2 ? t2.get(i) : i < n23 ? t3.get(i - n2) : t4.get(i - n23)));
        int firms = 0, withSales = 0, parents = 0, over50 = 0, stressed = 0, labelled = 0, active = 0, multi = 0;
        int rd = 0, rdActive = 0, rdMulti = 0, multiLabelled = 0, multiLabelledMulti = 0;
        int small = 0, medium = 0, large = 0;
        long employees = 0;
        double valueAdded = 0, topSum = 0, receivables = 0, sales = 0;
        for (int i = 0; i < n; i++) {
            if (!r.alive[i]) continue;
            firms++;
            int e = r.employees[i];
            employees += e;
            if (e >= 4) { // the census counts establishments of 4 employees or more
                if (e < 30) small++;
                else if (e < 100) medium++;
                else if (e < 300) large++;
            }
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
        // the assemblers' links too are read on the district's threads and summed here in order
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
        int[] events = new int[NetworkEvent.Kind.values().length];
        for (NetworkEvent e : d.networkEventsThisMonth()) events[e.kind().ordinal()]++;
        int step = d.step(); // MASON counts the step only after every agent of it has run
        return new double[] {
            step, d.scenario().period().start() + step / 12, step % 12 + 1, firms,
            d.entriesThisMonth().size(), d.exitsThisMonth().size(),
            exits[ExitCause.INSOLVENCY.ordinal()], exits[ExitCause.NO_SUCCESSOR.ordinal()],
            exits[ExitCause.LOST_PARENT.ordinal()], exits[ExitCause.OTHER.ordinal()],
            employees, valueAdded,
            volume > 0 ? priceWeighted / volume : 1,
            withSales > 0 ? topSum / withSales : 0,
            withSales > 0 ? (double) parents / withSales : 0,
            withSales > 0 ? (double) over50 / withSales : 0,
            // days of sales outstanding: notes held over a month's sales, in 30-day months
            sales > 0 ? receivables / sales * 30 : 0,
            firms > 0 ? (double) stressed / firms : 0,
            firms > 0 ? (double) labelled / firms : 0,
            firms > 0 ? (double) active / firms : 0,
            firms > 0 ? (double) multi / firms : 0,
            events[NetworkEvent.Kind.ORDER_SHARED.ordinal()], events[NetworkEvent.Kind.REFERRAL.ordinal()],
            events[NetworkEvent.Kind.JOINT_PRODUCT.ordinal()],
            firms > 0 ? (double) rd / firms : 0,
            rd > 0 ? (double) rdActive / rd : 0,
            rd > 0 ? (double) rdMulti / rd : 0,
            // labelled vs active [IA-2001]: Ota's firms were "labelled members of many" networks but active in few
            labelled > 0 ? (double) active / labelled : 0,
            multiLabelled > 0 ? (double) multiLabelledMulti / multiLabelled : 0,
            small, medium, large
        };
    }

    public static final String[] FIRM_COLUMNS = {
        "id", "born_year", "tier", "employees", "top_share", "customers", "cost_down_suffered",
        "products", "innovation_class", "networks_labelled", "networks_active"
    };

    /** One row per firm alive now, with its innovation class (rules in {@link InnovationClass}). */
    public static List<Object[]> firmRows(District d) {
        List<Firm> alive = new ArrayList<>();
        for (Firm f : d.firms()) if (f.alive()) alive.add(f);
        double[] vaPerEmployee = alive.stream().mapToDouble(f -> f.valueAdded() / f.employees()).toArray();
        double median = vaPerEmployee.length == 0 ? 0
                : new org.apache.commons.math3.stat.descriptive.rank.Median().evaluate(vaPerEmployee);
        alive.sort(java.util.Comparator.comparingInt(Firm::id));
        List<Object[]> out = new ArrayList<>(alive.size());
        for (Firm f : alive) {
            InnovationClass c = InnovationClass.of(f.products(), f.doesRd(), f.topShare(),
                    f.valueAdded() / f.employees(), median);
            out.add(new Object[] {f.id(), f.bornYear(), f.tier(), f.employees(), f.topShare(),
                f.customers().size(), f.costDownSuffered(), f.products(), c.label,
                f.networkingOrNone().memberships().size(), f.networkingOrNone().activeCount()});
        }
        return out;
    }
}
