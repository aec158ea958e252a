package machikoba.model;

import machikoba.model.finance.Books;
import machikoba.model.life.ExitCause;
import machikoba.model.network.Networking;
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
    /** Machinery, ¥M at cost less depreciation; more per worker raises output per worker [U-2009]. */
    private double machinery;
    /** Kept by {@link #updateCapacity}, the one place their formulas are written. */
    private double capacity, payFactor = 1, machineFactor = 1;
    /** The month its year closes: firms' years end through the calendar, so exits do too. */
    private final int fiscalMonth;

    /** Its cash, debt and the notes it holds. */
    private final Books books = new Books();

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
    /** This year's cuts, as a share of sales: the price pressure it rationalises against. */
    private double pressureYear;
    /** How its last closed year met its cuts, for observers ({@link machikoba.model.supply.Rationalisation}). */
    private Absorbed lastYear = Absorbed.NONE;
    private int lostParentStep = -1000;

    // this month
    private double orders, baseline, revenue, valueAdded;
    private boolean cashStress;
    // smoothed over about half a year (Smoothing)
    private double salesEma, fillEma = 1.0, utilisationEma, profitEma = Double.NaN;
    private double yearProfit;
    /** The month's operating profit, ¥M: profit before interest, as the census's figure is [U-2009]; 0 before its first month. */
    private double operatingProfit;
    private int lossYears;

    private ExitCause exitCause;
    /** Memberships, ties, knowledge: absent for the many firms that never network [IA-2001]. */
    private Networking networking;

    Firm(int id, int bornYear, int tier, int skill, Params params) {
        this.id = id;
        this.bornYear = bornYear;
        this.tier = tier;
        this.skill = skill;
        this.params = params;
        this.fiscalMonth = fiscalMonthOf(id);
    }

    // --- the month (docs/ODD.md section 3) ---

    /** One month of production, invoicing and payment, then the bank if cash ran short; tier by tier, top down. */
    public void produce(District d) {
        work(d);
        settle(d);
    }

    /** The month without the bank, which {@link #settle} sees afterwards (the threaded path holds it back). */
    public void work(District d) { Production.month(this, d); }

    /** Short of cash: discount notes or borrow, or fail ({@link machikoba.model.finance.Bank#cover}). */
    public void settle(District d) {
        if (books.cash() < 0) d.bank().cover(this, d);
    }

    void ordered(double orders, double baseline) { this.orders = orders; this.baseline = baseline; }

    /** The month's accounts, and the smoothed figures firms judge by (about half a year, {@link Smoothing}). */
    void closeMonth(double revenue, double valueAdded, double rd, double profit, double interest, double fill, double made) {
        this.revenue = revenue;
        this.valueAdded = valueAdded;
        this.operatingProfit = profit + interest;
        rdStock += rd;
        yearProfit += profit;
        setSalesEma(salesEma + Smoothing.MONTHLY * (revenue - salesEma));
        profitEma = Double.isNaN(profitEma) ? profit : profitEma + Smoothing.MONTHLY * (profit - profitEma);
        fillEma += Smoothing.MONTHLY * (fill - fillEma);
        utilisationEma += Smoothing.MONTHLY * ((capacity > 0 ? made / capacity : 0) - utilisationEma);
        cashStress = false;
    }

    /** Routine orders to subcontractors follow this firm's own orders relative to normal. */
    @Override public double activity() { return baseline > 0 ? orders / baseline : 0; }
    @Override public int id() { return id; }
    @Override public boolean isAssembler() { return false; }

    /** Cash outflow of a normal month, used by the bank and by liquidity rules. */
    public double monthlyCosts() {
        return wagesMonthly() + capacity * utilisationEma * params.materialShare() * unitCost * techLevel * params.priceLevel();
    }

    /** Its wage bill for a month: pay follows what a worker's output is worth, and rises with firm size [U-2009]. */
    public double wagesMonthly() { return employees * payMonthly(); }

    /** Pay of one worker for a month. */
    public double payMonthly() { return params.wageMonthly() * payFactor * techLevel * params.priceLevel(); }

    /**
     * What a unit of output costs it at full capacity, per unit of list value and relative to a
     * start-year firm: materials (unit cost) and labour (pay over output per worker). A buyer
     * ranks suppliers by it; effort, method and machinery lower it.
     */
    public double costPerUnit() {
        double labour = params.wageMonthly() * payFactor / (params.outputPerWorkerMonthly() * productivity * machineFactor);
        return (params.materialShare() * unitCost + labour) / params.startCostPerUnit();
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

    public SupplyLink topCustomer() { return SupplyLink.largest(customers); }

    /** A customer link was made, dropped or died: the top share must be worked out again. */
    void customersChanged() { topShareKnown = Double.NaN; }

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

    /** Output per worker grows by the firm's learning rate (skill and methods) [U-2009]. */
    public void learn() { productivity *= 1 + learningRate; updateCapacity(); }

    /** Skills leave with the people shed: a share of the learned productivity is lost. */
    public void loseSkill(double share) { productivity *= 1 - Math.max(0, Math.min(1, share)); updateCapacity(); }

    /** A new firm's machinery: what its staff needs at its size (entry needs costly machinery [U-2009]). */
    public void equipForStaff() { invest(equipmentWanted()); }

    /** The machinery its staff needs at its size ({@link Params#equipmentPerWorker}). */
    public double equipmentWanted() { return employees * params.equipmentPerWorker(employees); }

    /** New machinery, ¥M (paid for by the caller). */
    public void invest(double amount) { machinery += amount; updateCapacity(); }

    /** Machines wear out: the stock falls by the year's depreciation. */
    public void depreciate(double share) { machinery *= 1 - share; updateCapacity(); }

    /** Effort and method take a share off its unit cost [U-2009]. */
    public void rationalise(double share) { unitCost *= 1 - Math.max(0, Math.min(1, share)); }

    private void updateCapacity() {
        payFactor = params.payFactor(employees);
        machineFactor = params.machineFactor(machinery, employees);
        capacity = employees * params.outputPerWorkerMonthly() * productivity * machineFactor;
    }

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
    /** Normal orders while it has no month of its own yet (new firms, the initial build). */
    public void expectOrders(double normal) { orders = baseline = normal; }
    public void startSmoothing(double utilisation) { utilisationEma = utilisation; }
    /** An opening margin, before its first month (hand-built districts). */
    public void setProfitEma(double v) { profitEma = v; }
    /** Machines and methods set its output per worker ({@link #learn} moves it year by year). */
    public void equip(double productivity) { this.productivity = productivity; updateCapacity(); }
    public void cashStressed() { cashStress = true; }
    /** Adds a cut to the record, weighted by the buyer's share (see {@link machikoba.model.supply.CostDown}). */
    public void sufferCut(double felt) {
        costDownSuffered = 1 - (1 - costDownSuffered) * (1 - felt);
        pressureYear += felt;
    }
    /** How the year just closed met its cuts. */
    public void absorbed(Absorbed year) { lastYear = year; }
    /** The year's cuts as a share of sales, and a new year's tally begins. */
    public double takeYearPressure() { double p = pressureYear; pressureYear = 0; return p; }
    /** Closes the year's accounts; returns the years in a row at a loss. */
    public int closeYear() { lossYears = yearProfit < 0 ? lossYears + 1 : 0; yearProfit = 0; return lossYears; }
    /** A new product lifts its technology [IA-1999]; the R&D stock that made it is spent by the caller. */
    public void launchProduct(double techGain) { products++; setTechLevel(techLevel * techGain); }
    public void spendRdStock() { rdStock = 0; }
    /** It lost a buyer that took half its sales or more ({@link SupplyLink#drop}, {@link SupplyLink#sever}). */
    public void lostParent(int step) { lostParentStep = step; }
    void exit(ExitCause cause) { exitCause = cause; }

    /** Lost a customer that took half its sales or more within the last two years. */
    public boolean lostParentRecently(int step) { return step - lostParentStep <= LOST_PARENT_MONTHS; }

    /** Its network state, made at its first membership or tie. */
    public Networking networking() {
        if (networking == null) networking = new Networking();
        return networking;
    }
    public boolean networks() { return networking != null; }
    /** Its network state, or {@link Networking#NONE} if it has none: for reading only. */
    public Networking networkingOrNone() { return networking == null ? Networking.NONE : networking; }

    // --- read access ---
    public Books books() { return books; }
    Params params() { return params; }
    public int bornYear() { return bornYear; }
    public int tier() { return tier; }
    public int skill() { return skill; }
    public int employees() { return employees; }
    public double techLevel() { return techLevel; }
    public double unitCost() { return unitCost; }
    public double productivity() { return productivity; }
    public double machinery() { return machinery; }
    public double machineFactor() { return machineFactor; }
    public double payFactor() { return payFactor; }
    public int fiscalMonth() { return fiscalMonth; }
    /** The month in which the firm with this id closes its year: known from the id alone. */
    public static int fiscalMonthOf(int id) { return id % 12 + 1; }
    public double pressureYear() { return pressureYear; }
    public Absorbed lastYear() { return lastYear; }
    public double learningRate() { return learningRate; }
    public double capacity() { return capacity; }
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
    public boolean cashStress() { return cashStress; }
    public double salesEma() { return salesEma; }
    public double fillEma() { return fillEma; }
    public double utilisation() { return utilisationEma; }
    public double profitEma() { return profitEma; }
    /** The month's operating profit (before interest), ¥M; 0 before the firm's first month. */
    public double operatingProfit() { return operatingProfit; }
    public ExitCause exitCause() { return exitCause; }
    public boolean alive() { return exitCause == null; }
    /** Read only: links change through {@link SupplyLink}'s lifecycle. */
    public List<SupplyLink> customers() { return customers; }
    /** Read only, as {@link #customers}. */
    public List<SupplyLink> subcontractors() { return subcontractors; }

    /** MASON's inspector shows {@link FirmInspector}'s properties. */
    @Override public Object propertiesProxy() { return new FirmInspector(this); }

    /**
     * A closed year's cuts and what met them: {@code cut}, the price cuts felt as a share of
     * sales; {@code byEffort} and {@code byMachinery}, the shares by which effort and the year's
     * machinery (investment net of wear) lowered its cost per unit; {@code topShare}, its
     * dependence then.
     */
    public record Absorbed(int year, double cut, double byEffort, double byMachinery, double topShare) {
        public static final Absorbed NONE = new Absorbed(0, 0, 0, 0, 0);
    }

    @Override public String toString() { return "Firm " + id + " (tier " + tier + ")"; }
}
