package machikoba.model;

import machikoba.model.finance.Drawings;
import machikoba.model.finance.PromissoryNotes;
import machikoba.model.life.ExitCause;
import machikoba.model.network.BuyersGroup;
import machikoba.model.network.Membership;
import machikoba.model.network.Networking;
import machikoba.model.network.OrderSharing;
import machikoba.model.network.Tie;
import machikoba.model.supply.Subcontracting;
import sim.util.Proxiable;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A small or medium manufacturer. Each month ({@link #produce}) it takes its customers' orders,
 * gives routine work to its own subcontractors, makes what fits its capacity and passes on the
 * rest, invoices (its customers pay in promissory notes), and pays materials, subcontractors,
 * wages and interest in cash. Short of cash it sees the bank. Yearly decisions live in their
 * mechanism classes; they change the firm only through its methods, which keep every copy right.
 */
public final class Firm implements Buyer, Proxiable {
    /** A buyer that took this share of sales or more is a parent: losing it is losing the parent [IA-1999]. */
    public static final double PARENT_LEVERAGE = 0.5;
    /** How long a lost parent still explains a closure or a harder search, in months [U-2009]. */
    public static final int LOST_PARENT_MONTHS = 24;

    private final int id, bornYear, tier, skill;
    private final Params params;
    private int employees;
    private double techLevel, unitCost, learningRate;
    /** Output per worker relative to the scenario's figure; grows by the learning rate (machines, skill). */
    private double productivity = 1.0;
    /** Kept by {@link #updateCapacity}, the one place its formula is written. */
    private double capacity;

    private double cash, debt;
    private final PromissoryNotes notes = new PromissoryNotes();
    /** The sum of {@link #notes}, NaN once a note was issued, collected or discounted since (the observer asks every month). */
    private double receivablesKnown = 0;

    /** Links on which it sells (to assemblers, higher tiers, the product market); changed only by {@link SupplyLink}. */
    private final List<SupplyLink> customers = new ArrayList<>(4);
    /** Links on which it buys from its own subcontractors: one shared empty list until the first (most firms have none). */
    private List<SupplyLink> subcontractors = Collections.emptyList();
    /** Its top customer's share, NaN when a link or its sales changed since it was worked out. */
    private double topShareKnown = Double.NaN;

    private double maxTopShare;
    private int ownerAge, retirementAge;
    private double rdStock;
    private boolean doesRd, sellsToMarket;
    private int products;
    /** Share of sales value lost to cuts: 1 - product of (1 - cut * buyer's share). */
    private double costDownSuffered;
    private int lostParentStep = -1000;

    // this month
    private double orders, baseline, revenue, valueAdded, profit;
    private boolean cashStress;
    // smoothed over about half a year (Smoothing)
    private double salesEma, fillEma = 1.0, utilisationEma, profitEma = Double.NaN;
    private double yearProfit;
    private int lossYears;

    private ExitCause exitCause;
    private int exitStep = -1;
    /** Memberships, ties, knowledge: absent for the many firms that never network [IA-2001]. */
    private Networking networking;

    Firm(int id, int bornYear, int tier, int skill, Params params) {
        this.id = id;
        this.bornYear = bornYear;
        this.tier = tier;
        this.skill = skill;
        this.params = params;
    }

    // --- the month (docs/ODD.md section 3) ---

    /** One month of production, invoicing and payment, then the bank if cash ran short; tier by tier, top down. */
    public void produce(District d) {
        work(d);
        settle(d);
    }

    /** The month without the bank, which {@link #settle} sees afterwards (the threaded path holds it back). */
    public void work(District d) {
        if (d.isCostDownMonth()) d.costDown().enterWaitingCuts(this);
        takeOrders(d.productMarket());
        double routine = giveOutRoutineWork();
        double ownWork = Math.max(0, orders - routine);
        // work a network partner passed on is done first: it was promised within spare capacity
        double sharedDone = Math.min(networking == null ? 0 : networking.takeSharedIn(), capacity);
        double inHouse = Math.min(ownWork, capacity - sharedDone);
        double passed = Subcontracting.passExcess(ownWork - inHouse, subcontractors);
        double shared = OrderSharing.pass(this, ownWork - inHouse - passed, d);
        double fill = orders > 0 ? Math.min(orders, inHouse + routine + passed + shared) / orders : 1;
        invoice(fill, sharedDone);
        double purchases = buyFromSubcontractors(d);
        payAndSmooth(d, inHouse + sharedDone, purchases, fill);
    }

    /** Short of cash: discount notes or borrow, or fail ({@link machikoba.model.finance.Bank#cover}). */
    public void settle(District d) {
        if (cash < 0) d.bank().cover(this, d);
    }

    private void takeOrders(ProductMarket market) {
        orders = 0;
        baseline = 0;
        for (int i = 0, n = customers.size(); i < n; i++) {
            SupplyLink l = customers.get(i);
            if (l.isDead()) { l.cancelOrder(); continue; }
            orders += l.takeOrder(market);
            baseline += l.volume();
        }
    }

    /** Routine orders to subcontractors follow this firm's own activity; returns their sum. */
    private double giveOutRoutineWork() {
        double act = activity(), routine = 0;
        for (int i = 0, n = subcontractors.size(); i < n; i++) routine += subcontractors.get(i).orderRoutine(act);
        return routine;
    }

    private void invoice(double fill, double sharedDone) {
        revenue = 0;
        for (int i = 0, n = customers.size(); i < n; i++) {
            double earned = customers.get(i).deliver(fill);
            issueNote(earned, customers.get(i).delayMonths());
            revenue += earned;
        }
        if (sharedDone > 0) {
            double earned = sharedDone * techLevel; // the partner pays list price in cash
            issueNote(earned, 0);
            revenue += earned;
        }
    }

    /** What it owes subcontractors and partners this month; a parent firm cuts its subcontractors' prices ({@link machikoba.model.supply.CostDown}). */
    private double buyFromSubcontractors(District d) {
        double purchases = networking == null ? 0 : networking.sharedOutCost();
        for (int i = 0, n = subcontractors.size(); i < n; i++) {
            SupplyLink l = subcontractors.get(i);
            if (l.isDead()) continue;
            purchases += l.purchase();
            if (d.isCostDownMonth()) d.costDown().cutByParent(l);
        }
        return purchases;
    }

    private void payAndSmooth(District d, double made, double purchases, double fill) {
        Params s = params;
        double discount = networking == null ? 0 : BuyersGroup.of(this);
        double materials = made * s.materialShare * unitCost * techLevel * (1 - discount);
        // pay follows what a worker's output is worth: ¥3.0M in the smallest firms, more in larger ones [U-2009]
        double wages = employees * s.wageMonthly * techLevel;
        double interest = debt * s.loanRateMonthly;
        valueAdded = revenue - materials - purchases;
        double rd = doesRd ? Math.max(0, valueAdded) * s.rdShare : 0;
        rdStock += rd;
        profit = valueAdded - wages - interest - rd;
        yearProfit += profit;
        setSalesEma(salesEma + Smoothing.MONTHLY * (revenue - salesEma));
        profitEma = Double.isNaN(profitEma) ? profit : profitEma + Smoothing.MONTHLY * (profit - profitEma);
        fillEma += Smoothing.MONTHLY * (fill - fillEma);
        utilisationEma += Smoothing.MONTHLY * ((capacity > 0 ? made / capacity : 0) - utilisationEma);
        cash += collectNotes();
        cash -= materials + purchases + wages + interest + rd;
        double repay = debt * s.repaymentMonthly;
        if (cash - repay > 0) { cash -= repay; debt -= repay; }
        cash -= Drawings.take(cash, monthlyCosts(), s.cashReserveMonths);
        cashStress = false;
        // worked out now, while its links and notes are in the cache: the observer asks for both
        topShare();
        receivables();
    }

    /**
     * Whether this month's production touches no other firm of its tier and nothing the district
     * shares: no network ties and no sideways link. Such firms of a tier may produce at the same time.
     */
    public boolean producesAlone() {
        if (!ties().isEmpty()) return false;
        for (int i = 0, n = customers.size(); i < n; i++) if (customers.get(i).sideways()) return false;
        for (int i = 0, n = subcontractors.size(); i < n; i++) if (subcontractors.get(i).sideways()) return false;
        return true;
    }

    /** Whether {@link #settle}, or the bank's review in a tight year, has something to do. */
    public boolean needsSettling(boolean tight, double tightness, District d) {
        return cash < 0 || (tight && debt > 0 && d.bank().weak(this, tightness));
    }

    /** Routine orders to subcontractors follow this firm's own orders relative to normal. */
    @Override public double activity() { return baseline > 0 ? orders / baseline : 0; }
    @Override public int id() { return id; }
    @Override public boolean isAssembler() { return false; }

    /** Cash outflow of a normal month, used by the bank and by liquidity rules. */
    public double monthlyCosts() {
        return employees * params.wageMonthly * techLevel + capacity * utilisationEma * params.materialShare * unitCost * techLevel;
    }

    // --- kept readings: each changes only here, with what depends on it ---

    /** Share of sales taken by the largest single buyer; own-product sales never count as one. */
    public double topShare() {
        double known = topShareKnown;
        return Double.isNaN(known) ? topShareKnown = topShareNow() : known;
    }

    /** {@link #topShare} worked out from the links now. */
    public double topShareNow() {
        SupplyLink top = topCustomer();
        return top != null && salesEma > 0 ? Math.min(1, top.salesEma() / salesEma) : 0;
    }

    public SupplyLink topCustomer() {
        SupplyLink best = null;
        for (int i = 0, n = customers.size(); i < n; i++) {
            SupplyLink l = customers.get(i);
            if (l.isDead() || l.toMarket()) continue;
            if (best == null || l.salesEma() > best.salesEma()) best = l;
        }
        return best;
    }

    /** A customer link was made, dropped or died: the top share must be worked out again. */
    public void customersChanged() { topShareKnown = Double.NaN; }

    /** Sets the smoothed sales and the copies its customer links keep of it (for {@link SupplyLink#leverage}). */
    public void setSalesEma(double v) {
        salesEma = v;
        customersChanged();
        for (int i = 0, n = customers.size(); i < n; i++) customers.get(i).supplierSalesIs(v);
    }

    /** Sets the technology level and the copies its links keep of it (for {@link SupplyLink#unitValue}). */
    public void setTechLevel(double v) {
        techLevel = v;
        for (int i = 0, n = customers.size(); i < n; i++) customers.get(i).supplierTechIs(v);
        for (int i = 0, n = subcontractors.size(); i < n; i++) subcontractors.get(i).buyerTechIs(v);
    }

    public void setEmployees(int n) { employees = n; updateCapacity(); }

    /** Output per worker grows by the firm's learning rate (machines, skill) [U-2009]. */
    public void learn() { productivity *= 1 + learningRate; updateCapacity(); }

    private void updateCapacity() { capacity = employees * params.outputPerWorkerMonthly * productivity; }

    public double receivables() {
        double known = receivablesKnown;
        return Double.isNaN(known) ? receivablesKnown = notes.outstanding() : known;
    }

    /** {@link #receivables} summed from the notes now (for tests and invariants). */
    public double receivablesNow() { return notes.outstanding(); }

    public void issueNote(double amount, int delayMonths) { notes.issue(amount, delayMonths); receivablesKnown = Double.NaN; }

    public double collectNotes() { receivablesKnown = Double.NaN; return notes.collect(); }

    public double discountNotes(double needed, double annualRate) { receivablesKnown = Double.NaN; return notes.discount(needed, annualRate); }

    // --- links, changed only by SupplyLink's lifecycle ---
    void addCustomer(SupplyLink l) { customers.add(l); customersChanged(); }
    void removeCustomer(SupplyLink l) { customers.remove(l); customersChanged(); }
    void addSubcontractor(SupplyLink l) {
        if (!(subcontractors instanceof ArrayList)) subcontractors = new ArrayList<>(2);
        subcontractors.add(l);
    }
    void removeSubcontractor(SupplyLink l) { subcontractors.remove(l); }
    void sellsToMarket() { sellsToMarket = true; }

    // --- what mechanisms change, each through one method ---
    public void describe(double unitCost, double learningRate, double maxTopShare, boolean doesRd) {
        this.unitCost = unitCost;
        this.learningRate = learningRate;
        this.maxTopShare = maxTopShare;
        this.doesRd = doesRd;
    }
    public void newOwner(int age, int retirementAge) { ownerAge = age; this.retirementAge = retirementAge; }
    public void ageOwner() { ownerAge++; }
    public void openBooks(double cash, double debt) { this.cash = cash; this.debt = debt; }
    /** Normal orders while it has no month of its own yet (new firms, the initial build). */
    public void expectOrders(double normal) { orders = baseline = normal; }
    public void startSmoothing(double utilisation) { utilisationEma = utilisation; }
    /** An opening margin, before its first month (hand-built districts). */
    public void setProfitEma(double v) { profitEma = v; }
    /** Machines and methods set its output per worker ({@link #learn} moves it year by year). */
    public void equip(double productivity) { this.productivity = productivity; updateCapacity(); }
    public void pay(double amount) { cash -= amount; }
    public void receive(double amount) { cash += amount; }
    public void borrow(double amount) { debt += amount; cash += amount; }
    /** The bank calls in a part of its loans: repaid from cash at once. */
    public void repayCalled(double amount) { debt -= amount; cash -= amount; }
    public void cashStressed() { cashStress = true; }
    /** Adds a cut to the record, weighted by the buyer's share (see {@link machikoba.model.supply.CostDown}). */
    public void sufferCut(double felt) { costDownSuffered = 1 - (1 - costDownSuffered) * (1 - felt); }
    /** Closes the year's accounts; returns the years in a row at a loss. */
    public int closeYear() { lossYears = yearProfit < 0 ? lossYears + 1 : 0; yearProfit = 0; return lossYears; }
    /** A new product lifts its technology [IA-1999]; the R&D stock that made it is spent by the caller. */
    public void launchProduct(double techGain) { products++; setTechLevel(techLevel * techGain); }
    public void spendRdStock() { rdStock = 0; }
    /** It lost a buyer that took half its sales or more ({@link SupplyLink#drop}, {@link SupplyLink#sever}). */
    public void lostParent(int step) { lostParentStep = step; }
    void exit(ExitCause cause, int step) { exitCause = cause; exitStep = step; }

    /** Lost a customer that took half its sales or more within the last two years. */
    public boolean lostParentRecently(int step) { return step - lostParentStep <= LOST_PARENT_MONTHS; }

    /** Its network state, made at its first membership or tie. */
    public Networking networking() {
        if (networking == null) networking = new Networking();
        return networking;
    }
    public boolean networks() { return networking != null; }
    public List<Membership> memberships() { return networking == null ? Collections.emptyList() : networking.memberships(); }
    public List<Tie> ties() { return networking == null ? Collections.emptyList() : networking.ties(); }
    public double knowledge() { return networking == null ? 0 : networking.knowledge(); }
    public int networksLabelled() { return memberships().size(); }
    public int networksActive() { return networking == null ? 0 : networking.activeCount(); }

    // --- read access ---
    public int bornYear() { return bornYear; }
    public int tier() { return tier; }
    public int skill() { return skill; }
    public int employees() { return employees; }
    public double techLevel() { return techLevel; }
    public double unitCost() { return unitCost; }
    public double productivity() { return productivity; }
    public double learningRate() { return learningRate; }
    public double capacity() { return capacity; }
    public double cash() { return cash; }
    public double debt() { return debt; }
    public double maxTopShare() { return maxTopShare; }
    public int ownerAge() { return ownerAge; }
    public int retirementAge() { return retirementAge; }
    public double rdStock() { return rdStock; }
    public boolean doesRd() { return doesRd; }
    public boolean sellsToMarketNow() { return sellsToMarket; }
    public int products() { return products; }
    public double costDownSuffered() { return costDownSuffered; }
    public double orders() { return orders; }
    public double baseline() { return baseline; }
    public double revenue() { return revenue; }
    public double valueAdded() { return valueAdded; }
    public double profit() { return profit; }
    public boolean cashStress() { return cashStress; }
    public double salesEma() { return salesEma; }
    public double fillEma() { return fillEma; }
    public double utilisation() { return utilisationEma; }
    public double profitEma() { return profitEma; }
    public ExitCause exitCause() { return exitCause; }
    public int exitStep() { return exitStep; }
    public boolean alive() { return exitCause == null; }
    /** Read only: links change through {@link SupplyLink}'s lifecycle. */
    public List<SupplyLink> customers() { return customers; }
    /** Read only, as {@link #customers}. */
    public List<SupplyLink> subcontractors() { return subcontractors; }

    /** MASON's inspector shows {@link FirmInspector}'s properties. */
    @Override public Object propertiesProxy() { return new FirmInspector(this); }

    @Override public String toString() { return "Firm " + id + " (tier " + tier + ")"; }
}
