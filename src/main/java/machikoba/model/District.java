package machikoba.model;

import machikoba.model.engine.ParallelPass;
import machikoba.model.engine.ThreadedTier;
import machikoba.model.engine.TierList;
import machikoba.model.finance.Bank;
import machikoba.model.finance.SiteCost;
import machikoba.model.life.Entry;
import machikoba.model.life.ExitCause;
import machikoba.model.life.Population;
import machikoba.model.network.HorizontalNetwork;
import machikoba.model.network.NetworkEvent;
import machikoba.model.network.Networks;
import machikoba.model.policy.Policy;
import machikoba.model.policy.StudentLevers;
import machikoba.model.supply.CostDown;
import machikoba.scenario.Scenario;
import sim.engine.Schedule;
import sim.engine.SimState;
import sim.engine.Steppable;

import java.util.ArrayList;
import java.util.List;

/**
 * One industrial district as a MASON SimState: its firms in tiers 2-4, the assemblers above
 * them, the bank, the macro path and the clock (one step = one month). Each month runs in the
 * fixed phases of docs/ODD.md section 3, so that orders flow down the pyramid before anyone
 * produces. Observers are scheduled after these by whoever drives the model.
 * <p>
 * The month below is the reference: it reads like the ODD, one firm after another. With more
 * than one thread ({@link #setWorkers}) a tier's production is handed to {@link ThreadedTier}
 * instead, as MASON's HeatBugs swaps its Diffuser for a ThreadedDiffuser; the output is the same
 * to the bit ({@code ThreadsInRunTest}).
 */
public class District extends SimState {
    private static final long serialVersionUID = 1L;

    /** Schedule orderings; an observer uses {@link #OBSERVER_ORDERING} or later. */
    public static final int ORDER_MONTH_START = 0, ORDER_ASSEMBLERS = 1, ORDER_TIER2 = 2,
            ORDER_YEAR_END = 5, ORDER_DEMOGRAPHY = 6, OBSERVER_ORDERING = 10;
    /** Credit tightness from which the bank reviews weak firms' loans every month [IA-1999]. */
    public static final double TIGHT = 0.5;

    private final Scenario scenario;
    private final Params params;
    private Macro macro;
    private Bank bank;
    private CostDown costDown;
    private final List<Assembler> assemblers = new ArrayList<>();
    /** Firms of tier 2, 3 and 4 at index 0, 1, 2; exited firms stay until the month's clean-up. */
    private final TierList[] tiers = {new TierList(), new TierList(), new TierList()};
    private ProductMarket productMarket;
    private Population population;
    private int nextFirmId;

    /** Events of the current month, for observers to count. */
    private final List<Firm> exitsThisMonth = new ArrayList<>();
    private final List<Firm> entriesThisMonth = new ArrayList<>();
    /** Horizontal networks, in order of founding. */
    private final List<HorizontalNetwork> networks = new ArrayList<>();
    /** What networks did this month (exchanges, referrals, shared orders, joint products), for observers to count. */
    private final List<NetworkEvent> networkEventsThisMonth = new ArrayList<>();
    /** Switch: engagement and trust fixed at neutral constants for every network (to show what they cause). */
    private boolean neutralNetworks;
    /** Threads for the month's passes that cannot change results ({@link ParallelPass}); 1 = all on the stepping thread. */
    private int workers = 1;
    private transient ParallelPass pass = new ParallelPass(1);
    private transient ThreadedTier threadedTier;
    /** The policy levers of the scenario's policy block (all off by default). */
    private Policy policy;
    /** The policy settings the next start uses: the scenario's, as the GUI's levers changed them. */
    private Scenario.Policy policySettings;

    public District(long seed, Scenario scenario) {
        super(seed);
        this.scenario = scenario;
        this.params = new Params(scenario);
        this.costDown = new CostDown(scenario);
        this.policySettings = scenario.policy();
    }

    @Override
    public void start() {
        super.start();
        pass.close();
        pass = new ParallelPass(workers);
        threadedTier = workers > 1 ? new ThreadedTier(pass) : null;
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
        policy = new Policy(this, policySettings);

        schedule.scheduleRepeating(Schedule.EPOCH, ORDER_MONTH_START, (Steppable) s -> monthStart(), 1);
        schedule.scheduleRepeating(Schedule.EPOCH, ORDER_ASSEMBLERS, (Steppable) s -> assemblersOrder(), 1);
        for (int t = 0; t < 3; t++) {
            final List<Firm> firms = tiers[t];
            schedule.scheduleRepeating(Schedule.EPOCH, ORDER_TIER2 + t, (Steppable) s -> produce(firms), 1);
        }
        schedule.scheduleRepeating(Schedule.EPOCH, ORDER_YEAR_END, (Steppable) s -> {
            Networks.month(this);
            if (month() == 12) YearEnd.assemblers(this);
            FiscalYear.close(this);
            if (month() == 12) YearEnd.searches(this);
            policy.monthEnd(this);
        }, 1);
        schedule.scheduleRepeating(Schedule.EPOCH, ORDER_DEMOGRAPHY, (Steppable) s -> {
            removeExits();
            Entry.month(this);
        }, 1);
    }

    @Override
    public void finish() {
        super.finish();
        pass.close();
        pass = new ParallelPass(1);
        threadedTier = null;
    }

    // --- the month (docs/ODD.md section 3) ---

    /** 0. The month's events are cleared; macro conditions and the cost-down calendar update. */
    private void monthStart() {
        exitsThisMonth.clear();
        entriesThisMonth.clear();
        networkEventsThisMonth.clear();
        macro.update(year(), month());
        // money is nominal: prices, pay and materials follow the general price level, debts and notes do not
        params.setPriceLevel(macro.priceLevel(year()));
        policy.monthStart(this);
        if (scenario.land().sitePerEmployee() > 0) params.setSiteCostMonthly(SiteCost.perEmployeeMonthly(scenario, year(), month()));
        costDown.monthStart(month());
    }

    /**
     * 1. Assemblers place their orders, set payment terms and cut prices. Each writes only its
     * own links, so they may order at the same time; the cuts of suppliers with network ties
     * (which may mark a supplier punished) follow one assembler after another.
     */
    private void assemblersOrder() {
        pass().forEach(assemblers.size(), 4, i -> assemblers.get(i).placeOrders(this));
        if (costDown.thisMonth()) for (Assembler a : assemblers) a.settleCuts(this);
    }

    /** 2-4. A tier produces, in order: each firm's month, and in a tight year the bank's review. */
    private void produce(List<Firm> firms) {
        if (threadedTier != null) {
            threadedTier.produce(this, firms);
            return;
        }
        boolean tight = creditTightness() >= TIGHT;
        for (int i = 0, n = firms.size(); i < n; i++) {
            Firm f = firms.get(i);
            if (!f.alive()) continue;
            f.produce(this);
            if (tight && f.alive()) bank.review(f, this);
        }
    }

    /**
     * The one door out, whatever the cause: the firm's links die (a firm that relied on it for
     * half its sales or more has lost its parent) and it is counted this month. It leaves the
     * lists at the month's clean-up ({@link #removeExits}).
     */
    public void exit(Firm f, ExitCause cause) {
        if (!f.alive()) return;
        f.exit(cause);
        f.customersChanged();
        for (SupplyLink l : f.customers()) l.sever(f, step());
        for (SupplyLink l : f.subcontractors()) l.sever(f, step());
        exitsThisMonth.add(f);
    }

    /**
     * 7. Month end: the month's exits leave the tiers and their neighbours' lists (assemblers drop
     * their dead links when they next order: a pass over a national assembler's list here would
     * look at every link once more each month). Exits are found by id and the lists close up a
     * stretch at a time ({@link TierList}).
     */
    private void removeExits() {
        if (exitsThisMonth.isEmpty()) return;
        boolean[] tierTouched = new boolean[tiers.length];
        for (Firm f : exitsThisMonth) {
            tierTouched[f.tier() - 2] = true;
            for (SupplyLink l : f.customers()) l.detach(f);
            for (SupplyLink l : f.subcontractors()) l.detach(f);
        }
        for (int t = 0; t < tiers.length; t++) {
            if (tierTouched[t] && !tiers[t].removeExits(exitsThisMonth, t + 2)) tiers[t].removeIf(f -> !f.alive());
        }
    }

    /** A new firm in its tier, to be described by whoever makes it ({@link Population}). */
    public Firm newFirm(int tier, int skill) {
        Firm f = new Firm(nextFirmId++, year(), tier, skill, params);
        tiers[tier - 2].add(f);
        return f;
    }

    /** A new assembler at the top of the pyramid (the initial build). */
    public Assembler newAssembler() {
        Assembler a = new Assembler(assemblers.size());
        assemblers.add(a);
        return a;
    }

    public void entered(Firm f) { entriesThisMonth.add(f); }
    public void happened(NetworkEvent e) { networkEventsThisMonth.add(e); }
    public void founded(HorizontalNetwork n) { networks.add(n); }

    /**
     * Threads a run may use within a month (set before {@link #start}). Results do not depend on
     * it; a batch that already runs one district per core keeps 1.
     */
    public void setWorkers(int n) { workers = Math.max(1, n); }
    public int workers() { return workers; }
    /** The pass that reads every firm on the district's threads (observers too). */
    public ParallelPass pass() {
        if (pass == null) pass = new ParallelPass(1); // after deserialisation
        return pass;
    }

    // --- the clock ---
    public int step() { return (int) schedule.getSteps(); }
    public int month() { return step() % 12 + 1; }
    public int year() { return scenario.period().start() + step() / 12; }
    public int months() { return scenario.period().months(); }

    /** The year's credit tightness from the macro path, moved by the student's slider. */
    public double creditTightness() {
        return Math.max(0, Math.min(1, macro.credit() + params.creditTightnessShift()));
    }

    // --- read access for mechanisms, observers and displays ---
    public Scenario scenario() { return scenario; }
    public Params params() { return params; }
    public Macro macro() { return macro; }
    public Bank bank() { return bank; }
    public CostDown costDown() { return costDown; }
    public ProductMarket productMarket() { return productMarket; }
    public Population population() { return population; }
    public boolean neutralNetworks() { return neutralNetworks; }
    public Policy policy() { return policy; }
    public int nextFirmId() { return nextFirmId; }
    public List<Assembler> assemblers() { return assemblers; }
    public List<Firm> tier(int tier) { return tiers[tier - 2]; }
    /** Firms in the tiers' lists: alive, or exited this month. */
    public int firmCount() { return tiers[0].size() + tiers[1].size() + tiers[2].size(); }
    public List<Firm> exitsThisMonth() { return exitsThisMonth; }
    public List<Firm> entriesThisMonth() { return entriesThisMonth; }
    public List<HorizontalNetwork> networks() { return networks; }
    public List<NetworkEvent> networkEventsThisMonth() { return networkEventsThisMonth; }

    /**
     * The live firms whose year closes this month ({@link Firm#fiscalMonthOf}), tier by tier in
     * the tiers' order. Found from the ids the tiers
     * keep, so the month looks into only these firms, not into every firm (at national size each
     * look is a cache miss).
     */
    public List<Firm> yearClosers() {
        int month = month();
        List<Firm> due = new ArrayList<>(firmCount() / 12 + 16);
        for (TierList t : tiers) {
            for (int i = 0, n = t.size(); i < n; i++) if (Firm.fiscalMonthOf(t.id(i)) == month && t.get(i).alive()) due.add(t.get(i));
        }
        return due;
    }

    /** Every firm still in the lists (alive, or exited this month), tier by tier. */
    public List<Firm> firms() {
        List<Firm> all = new ArrayList<>(firmCount());
        for (List<Firm> t : tiers) all.addAll(t);
        return all;
    }

    // --- levers for the Console's Model tab: bean properties with slider ranges ---
    public double getCostDownRate() { return costDown.rate(); }
    public void setCostDownRate(double v) { costDown.setRate(Math.max(0, Math.min(0.2, v))); }
    public Object domCostDownRate() { return new sim.util.Interval(0.0, 0.2); }

    public double getExtraPaymentDelay() { return params.extraPaymentDelay(); }
    public void setExtraPaymentDelay(double v) { params.setExtraPaymentDelay(Math.max(0, Math.min(6, v))); }
    public Object domExtraPaymentDelay() { return new sim.util.Interval(0.0, 6.0); }

    public double getCreditTightnessShift() { return params.creditTightnessShift(); }
    public void setCreditTightnessShift(double v) { params.setCreditTightnessShift(Math.max(-1, Math.min(1, v))); }
    public Object domCreditTightnessShift() { return new sim.util.Interval(-1.0, 1.0); }

    /** Local governments and chambers found networks from above (on central calls, and declared ones due later). */
    public boolean getTopDownNetworks() { return params.topDownNetworks(); }
    public void setTopDownNetworks(boolean v) { params.setTopDownNetworks(v); }

    /** Share of the cost of taking part in firm-initiated networks that local government bears. */
    public double getLocalNetworkSupport() { return params.localNetworkSupport(); }
    public void setLocalNetworkSupport(double v) { params.setLocalNetworkSupport(Math.max(0, Math.min(1, v))); }
    public Object domLocalNetworkSupport() { return new sim.util.Interval(0.0, 1.0); }

    /** Owner age at which members of every network graduate (0 = none; Kiseiren: 45 [IA-2001]). */
    public int getNetworkAgeLimit() { return params.networkAgeLimit(); }
    public void setNetworkAgeLimit(int v) { params.setNetworkAgeLimit(v <= 0 ? 0 : Math.max(25, Math.min(90, v))); }
    public Object domNetworkAgeLimit() { return new sim.util.Interval(0L, 90L); }

    // --- policy levers (model/policy): switched on here, they act from this year to the end of the run ---

    private void policyChanged(Scenario.Policy p) {
        policySettings = p;
        if (policy != null) policy.update(p);
    }

    private int leverFrom() { return policy == null ? scenario.period().start() : year(); }

    /** METI salespersons: firms visited a year, which learn of buyers and programmes [CT-2003]. */
    public int getSalespersonVisits() { return policySettings.salespersons().visitsPerYear(); }
    public void setSalespersonVisits(int v) {
        policyChanged(StudentLevers.salespersonVisits(policySettings, Math.max(0, Math.min(2000, v)), leverFrom(), scenario.period().end()));
    }
    public Object domSalespersonVisits() { return new sim.util.Interval(0L, 2000L); }

    /** A key person who knows the firms: firms it visits a year; it brokers joint projects among them [CT-2003]. */
    public int getKeyPersonVisits() { return policySettings.keyPerson().visitsPerYear(); }
    public void setKeyPersonVisits(int v) {
        policyChanged(StudentLevers.keyPersonVisits(policySettings, Math.max(0, Math.min(500, v)), leverFrom(), scenario.period().end()));
    }
    public Object domKeyPersonVisits() { return new sim.util.Interval(0L, 500L); }

    /** University-industry liaison: projects a year [CT-2003]. */
    public int getLiaisonProjects() { return policySettings.liaison().projectsPerYear(); }
    public void setLiaisonProjects(int v) {
        policyChanged(StudentLevers.liaison(policySettings, Math.max(0, Math.min(500, v)), getLiaisonForTownFactories(), leverFrom(), scenario.period().end()));
    }
    public Object domLiaisonProjects() { return new sim.util.Interval(0L, 500L); }

    /** Liaison aimed at town factories (what the studies recommend) instead of competent firms (what they found) [CT-2003]. */
    public boolean getLiaisonForTownFactories() { return policySettings.liaison().target().equals("town"); }
    public void setLiaisonForTownFactories(boolean v) {
        policyChanged(StudentLevers.liaison(policySettings, getLiaisonProjects(), v, leverFrom(), scenario.period().end()));
    }

    /** Longest note delay a rule allows, months (0 = no cap) [IA-1999]. */
    public int getNoteDelayCap() { return policySettings.subcontractingRules().noteDelayCapMonths(); }
    public void setNoteDelayCap(int v) {
        policyChanged(StudentLevers.rules(policySettings, Math.max(0, Math.min(12, v)), getBanCutsAfterAgreement(), leverFrom(), scenario.period().end()));
    }
    public Object domNoteDelayCap() { return new sim.util.Interval(0L, 12L); }

    /** Ban on price cuts after agreement: only the year's first cost-down month may cut [U-2009]. */
    public boolean getBanCutsAfterAgreement() { return policySettings.subcontractingRules().banCutsAfterAgreement(); }
    public void setBanCutsAfterAgreement(boolean v) {
        policyChanged(StudentLevers.rules(policySettings, getNoteDelayCap(), v, leverFrom(), scenario.period().end()));
    }

    /** What the levers have spent since the start, ¥M (read only). */
    public double getPublicCost() { return policy == null ? 0 : policy.cost().total(); }
}
