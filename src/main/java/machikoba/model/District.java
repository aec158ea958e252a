package machikoba.model;

import machikoba.scenario.Scenario;
import sim.engine.Schedule;
import sim.engine.SimState;
import sim.engine.Steppable;

import java.util.ArrayList;
import java.util.List;

/**
 * One industrial district as a MASON SimState: its firms in tiers 2-4, the assemblers above
 * them, the bank, the macro path and the clock (one step = one month). Each month runs in
 * fixed phases, so that orders flow down the pyramid before anyone produces:
 * month start, assemblers order, tier 2, 3, 4 produce, year end (December), entry and clean-up.
 * Observers are scheduled after these by whoever drives the model.
 */
public class District extends SimState {
    private static final long serialVersionUID = 1L;

    /** Schedule orderings; an observer uses {@link #OBSERVER_ORDERING} or later. */
    public static final int ORDER_MONTH_START = 0, ORDER_ASSEMBLERS = 1, ORDER_TIER2 = 2,
            ORDER_YEAR_END = 5, ORDER_DEMOGRAPHY = 6, OBSERVER_ORDERING = 10;

    final Scenario scenario;
    final Params params;
    Macro macro;
    Bank bank;
    final List<Assembler> assemblers = new ArrayList<>();
    /** Firms of tier 2, 3 and 4 at index 0, 1, 2; exited firms stay until the month's clean-up. */
    final TierList[] tiers = {new TierList(), new TierList(), new TierList()};
    ProductMarket productMarket;
    private Population population;
    private boolean costDownMonth;
    int nextFirmId;

    /** Events of the current month, for observers to count. */
    final List<Firm> exitsThisMonth = new ArrayList<>();
    final List<Firm> entriesThisMonth = new ArrayList<>();
    /** Horizontal networks, in order of founding. */
    final List<HorizontalNetwork> networks = new ArrayList<>();
    /** What networks did this month (exchanges, referrals, shared orders, joint products), for observers to count. */
    final List<NetworkEvent> networkEventsThisMonth = new ArrayList<>();
    /** Switch: engagement and trust fixed at neutral constants for every network (to show what they cause). */
    boolean neutralNetworks;
    /** Threads for the month's passes that cannot change results ({@link ParallelPass}); 1 = all on the stepping thread. */
    private int workers = 1;
    private transient ParallelPass pass = new ParallelPass(1);

    public District(long seed, Scenario scenario) {
        super(seed);
        this.scenario = scenario;
        this.params = new Params(scenario);
    }

    @Override
    public void start() {
        super.start();
        pass.close();
        pass = new ParallelPass(workers);
        for (List<Firm> t : tiers) t.clear();
        assemblers.clear();
        exitsThisMonth.clear();
        entriesThisMonth.clear();
        networks.clear();
        networkEventsThisMonth.clear();
        neutralNetworks = scenario.networkBehaviour().neutral();
        nextFirmId = 0;
        macro = new Macro(scenario);
        bank = new Bank(scenario.bank());
        productMarket = new ProductMarket(this);
        population = new Population(this);
        population.populate();
        Networks.start(this);

        schedule.scheduleRepeating(Schedule.EPOCH, ORDER_MONTH_START, (Steppable) s -> monthStart(), 1);
        schedule.scheduleRepeating(Schedule.EPOCH, ORDER_ASSEMBLERS, (Steppable) s -> orderParts(), 1);
        for (int t = 0; t < 3; t++) {
            final List<Firm> firms = tiers[t];
            schedule.scheduleRepeating(Schedule.EPOCH, ORDER_TIER2 + t, (Steppable) s -> produceTier(firms), 1);
        }
        schedule.scheduleRepeating(Schedule.EPOCH, ORDER_YEAR_END, (Steppable) s -> {
            Networks.month(this);
            if (month() == 12) YearEnd.run(this);
        }, 1);
        schedule.scheduleRepeating(Schedule.EPOCH, ORDER_DEMOGRAPHY, (Steppable) s -> Demography.run(this), 1);
    }

    @Override
    public void finish() {
        super.finish();
        pass.close();
        pass = new ParallelPass(1);
    }

    /**
     * Threads a run may use within a month (set before {@link #start}). Results do not depend on
     * it; a batch that already runs one district per core keeps 1.
     */
    public void setWorkers(int n) { workers = Math.max(1, n); }
    public int workers() { return workers; }
    /** The pass observers use to read every firm on the district's threads. */
    public ParallelPass pass() {
        if (pass == null) pass = new ParallelPass(1); // after deserialisation
        return pass;
    }

    private void monthStart() {
        exitsThisMonth.clear();
        entriesThisMonth.clear();
        networkEventsThisMonth.clear();
        macro.update(year(), month());
        costDownMonth = scenario.assemblers().costDown().months().contains(month());
    }

    private void produceTier(List<Firm> firms) {
        boolean tight = creditTightness() >= 0.5;
        if (pass().workers() > 1) {
            produceTierInParallel(firms, tight);
            return;
        }
        for (int i = 0, n = firms.size(); i < n; i++) {
            Firm f = firms.get(i);
            if (!f.alive()) continue;
            f.produce(this);
            if (tight && f.alive()) bank.review(f, this);
        }
    }

    /**
     * Assemblers place their orders. Each one writes only its own links and reads its suppliers,
     * so they may order at the same time; but the cut of a supplier with network ties may mark it
     * punished, and a supplier of several assemblers must get these in the assemblers' order:
     * that part follows one by one. The same two steps run whatever the number of threads.
     */
    private void orderParts() {
        pass().forEach(assemblers.size(), 4, i -> assemblers.get(i).placeOrders(this));
        if (costDownMonth) for (Assembler a : assemblers) a.settleCuts(this);
    }

    /** What each firm of the tier left for the one-by-one pass: nothing, settling, or its whole month. */
    private static final byte DONE = 0, SETTLE = 1, PRODUCE = 2;
    private transient byte[] turn = new byte[0];

    /**
     * The same month as the loop above, to the bit, whatever the number of threads: firms that
     * produce alone ({@link Firm#producesAlone}) read only what firms of higher tiers and their
     * own subcontractors left, and write only themselves and their own links, so they produce
     * at the same time; then, in the tier's order, each of them settles what it held back (the
     * bank) and the other firms produce, as they would have.
     */
    private void produceTierInParallel(List<Firm> firms, boolean tight) {
        int n = firms.size();
        if (turn == null || turn.length < n) turn = new byte[Math.max(n, n + n / 4)];
        byte[] t = turn;
        double tightness = creditTightness();
        pass().forEach(n, i -> {
            Firm f = firms.get(i);
            if (!f.alive()) { t[i] = DONE; return; }
            if (!f.producesAlone()) { t[i] = PRODUCE; return; }
            f.produceAlone(this);
            t[i] = f.needsSettling(tight, bank, tightness) ? SETTLE : DONE;
        });
        for (int i = 0; i < n; i++) {
            if (t[i] == DONE) continue;
            Firm f = firms.get(i);
            if (t[i] == SETTLE) f.settle(this);
            else f.produce(this);
            if (tight && f.alive()) bank.review(f, this);
        }
    }

    /** Takes a firm out: its links die, and a firm that relied on it for half its sales or more has lost its parent. */
    void exit(Firm f, ExitCause cause) {
        if (!f.alive()) return;
        f.exitCause = cause;
        f.exitStep = step();
        for (SupplyLink l : f.customers) l.dead = true;
        f.customersChanged();
        for (SupplyLink l : f.subcontractors) {
            l.dead = true;
            l.supplier.customersChanged();
            if (l.leverage() >= 0.5) l.supplier.lostParentStep = step();
        }
        exitsThisMonth.add(f);
    }

    Population population() { return population; }

    Firm newFirm(int tier, int skill) {
        Firm f = new Firm(nextFirmId++, year(), tier, skill);
        tiers[tier - 2].add(f);
        return f;
    }

    // --- the clock ---
    public int step() { return (int) schedule.getSteps(); }
    public int month() { return step() % 12 + 1; }
    public int year() { return scenario.period().start() + step() / 12; }
    public int months() { return scenario.period().months(); }

    /** Set once at the month's start: every buyer asks, every firm, every month. */
    boolean isCostDownMonth() {
        return costDownMonth;
    }

    /** The year's credit tightness from the macro path, moved by the student's slider. */
    public double creditTightness() {
        return Math.max(0, Math.min(1, macro.credit() + params.creditTightnessShift));
    }

    // --- read access for observers and displays ---
    public Scenario scenario() { return scenario; }
    public Macro macro() { return macro; }
    public List<Assembler> assemblers() { return assemblers; }
    public List<Firm> tier(int tier) { return tiers[tier - 2]; }
    public List<Firm> exitsThisMonth() { return exitsThisMonth; }
    public List<Firm> entriesThisMonth() { return entriesThisMonth; }
    public List<HorizontalNetwork> networks() { return networks; }
    public List<NetworkEvent> networkEventsThisMonth() { return networkEventsThisMonth; }

    /** Every firm still in the lists (alive, or exited this month), tier by tier. */
    public List<Firm> firms() {
        List<Firm> all = new ArrayList<>(tiers[0].size() + tiers[1].size() + tiers[2].size());
        for (List<Firm> t : tiers) all.addAll(t);
        return all;
    }

    // --- levers for the Console's Model tab: bean properties with slider ranges ---
    public double getCostDownRate() { return params.costDownRate; }
    public void setCostDownRate(double v) { params.costDownRate = Math.max(0, Math.min(0.2, v)); }
    public Object domCostDownRate() { return new sim.util.Interval(0.0, 0.2); }

    public double getExtraPaymentDelay() { return params.extraPaymentDelay; }
    public void setExtraPaymentDelay(double v) { params.extraPaymentDelay = Math.max(0, Math.min(6, v)); }
    public Object domExtraPaymentDelay() { return new sim.util.Interval(0.0, 6.0); }

    public double getCreditTightnessShift() { return params.creditTightnessShift; }
    public void setCreditTightnessShift(double v) { params.creditTightnessShift = Math.max(-1, Math.min(1, v)); }
    public Object domCreditTightnessShift() { return new sim.util.Interval(-1.0, 1.0); }

    /** Local governments and chambers found networks from above (on central calls, and declared ones due later). */
    public boolean getTopDownNetworks() { return params.topDownNetworks; }
    public void setTopDownNetworks(boolean v) { params.topDownNetworks = v; }

    /** Share of the cost of taking part in firm-initiated networks that local government bears. */
    public double getLocalNetworkSupport() { return params.localNetworkSupport; }
    public void setLocalNetworkSupport(double v) { params.localNetworkSupport = Math.max(0, Math.min(1, v)); }
    public Object domLocalNetworkSupport() { return new sim.util.Interval(0.0, 1.0); }

    /** Owner age at which members of every network graduate (0 = none; Kiseiren: 45 [IA-2001]). */
    public int getNetworkAgeLimit() { return params.networkAgeLimit; }
    public void setNetworkAgeLimit(int v) { params.networkAgeLimit = v <= 0 ? 0 : Math.max(25, Math.min(90, v)); }
    public Object domNetworkAgeLimit() { return new sim.util.Interval(0L, 90L); }
}
