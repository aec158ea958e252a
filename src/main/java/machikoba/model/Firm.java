package machikoba.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A small or medium manufacturer. Each month it sums the orders its customers placed, makes
 * what fits its capacity, passes routine and excess work to its own subcontractors, invoices
 * (its customers pay in promissory notes), and pays wages, materials, subcontractors and
 * interest in cash. Short of cash, it discounts notes or borrows; refused, it fails.
 * Yearly decisions live in their own mechanism classes (see {@link YearEnd}).
 */
public final class Firm implements Buyer {
    final int id;
    final int bornYear;
    final int tier;
    final int skill;
    int employees;
    /** Value per unit of output; set it with {@link #setTechLevel}, which keeps the links' copies. */
    double techLevel;
    double unitCost;
    double learningRate;
    /** Output per worker relative to the scenario's figure; grows by the learning rate (machines, skill). */
    double productivity = 1.0;

    double cash;
    double debt;
    /** Its notes change only through {@link #issueNote}, {@link #collectNotes} and {@link #discountNotes}, which clear {@link #receivablesKnown}. */
    private final PromissoryNotes notes = new PromissoryNotes();

    /** Links on which this firm sells (to assemblers or to higher-tier firms). */
    final List<SupplyLink> customers = new ArrayList<>(4);
    /**
     * Links on which this firm buys from its own subcontractors (lower tiers). Like the network
     * lists below, it is one shared empty list until the first is added ({@link #addSubcontractor}):
     * most firms have none, and at national size looking into a list of their own every month
     * costs a cache miss each.
     */
    List<SupplyLink> subcontractors = Collections.emptyList();

    /** Largest share of sales it lets one buyer take; 1 when it has no independence stance [IA-1999]. */
    double maxTopShare;
    int ownerAge;
    int retirementAge;

    double rdStock;
    boolean doesRd;
    int products;
    /** Has had a link to the product market: only such a firm has own-product sales to age ({@link Innovation#age}). */
    boolean sellsToMarket;
    double costDownSuffered;  // share of sales value lost to cuts: 1 - product of (1 - cut * buyer's share)
    int lostParentStep = -1000;

    // this month
    double orders;
    double baseline;
    double capacity;
    double revenue;
    double valueAdded;
    double profit;
    boolean cashStress;

    // smoothed
    /** Set it with {@link #setSalesEma}, which keeps the links' copies. */
    double salesEma;
    double fillEma = 1.0;
    double utilisationEma;
    /** Starts at the firm's first month, not at an assumed margin. */
    double profitEma = Double.NaN;

    double yearProfit;
    int lossYears;

    ExitCause exitCause;
    int exitStep = -1;

    // horizontal networks [IA-2001]
    /** Networks it is listed in, with its engagement in each. */
    List<Membership> memberships = Collections.emptyList();
    /** Firms it has exchanged with, and the trust in each; a few at most. */
    List<Tie> ties = Collections.emptyList();
    /** What it knows of buyers' practices and markets from exchanges, 0-1. */
    double knowledge;
    /** Work network partners passed it, done when it next produces ({@link OrderSharing}). */
    double sharedIn;
    /** What it owes partners this month for work it passed them. */
    double sharedOutCost;
    /** Last month a parent punished it for networking with rivals ({@link ParentIntimidation}). */
    int punishedStep = -1000;

    Firm(int id, int bornYear, int tier, int skill) {
        this.id = id;
        this.bornYear = bornYear;
        this.tier = tier;
        this.skill = skill;
    }

    void addSubcontractor(SupplyLink l) {
        (subcontractors = own(subcontractors)).add(l);
    }

    void addMembership(Membership m) {
        (memberships = own(memberships)).add(m);
    }

    void addTie(Tie t) {
        (ties = own(ties)).add(t);
    }

    /** The list itself once the firm has one of its own; in place of the shared empty list, a new one. */
    private static <T> List<T> own(List<T> list) {
        return list instanceof ArrayList ? list : new ArrayList<>(2);
    }

    /** Sets the smoothed sales and the copies its customer links keep of it ({@link SupplyLink#leverage}). */
    void setSalesEma(double v) {
        salesEma = v;
        customersChanged();
        for (int i = 0, n = customers.size(); i < n; i++) customers.get(i).supplierSales = v;
    }

    /** Sets the technology level and the copies its supply links keep of it ({@link SupplyLink#unitValue}). */
    void setTechLevel(double v) {
        techLevel = v;
        for (int i = 0, n = customers.size(); i < n; i++) customers.get(i).supplierTech = v;
        for (int i = 0, n = subcontractors.size(); i < n; i++) subcontractors.get(i).buyerTech = v;
    }

    @Override public int id() { return id; }
    @Override public boolean isAssembler() { return false; }

    /** Routine orders to subcontractors follow this firm's own orders relative to normal. */
    @Override public double activity() {
        return baseline > 0 ? orders / baseline : 0;
    }

    /** One month of production, invoicing and payment; called tier by tier, top down. */
    void produce(District d) {
        work(d);
        if (cash < 0) d.bank.cover(this, d);
    }

    /**
     * Whether this month's production touches no other firm of its tier and nothing the
     * district shares: no network ties (shared orders, trust), and every buyer above it and
     * every subcontractor below it. Such firms of one tier can produce at the same time
     * ({@link District}); the rest produce one by one.
     */
    boolean producesAlone() {
        if (!ties.isEmpty()) return false;
        for (int i = 0, n = customers.size(); i < n; i++) if (customers.get(i).sideways) return false;
        for (int i = 0, n = subcontractors.size(); i < n; i++) if (subcontractors.get(i).sideways) return false;
        return true;
    }

    /** The month's production with the bank held back for {@link #settle}, in the tier's order. */
    void produceAlone(District d) {
        work(d);
    }

    /** What {@link #produceAlone} held back. */
    void settle(District d) {
        if (cash < 0) d.bank.cover(this, d);
    }

    /**
     * Enters in its record the cuts its buyers left on its links this month, in the order of its
     * links, at its own turn: its buyers (assemblers, firms of higher tiers) have all had theirs,
     * and entering them here, where its links are at hand anyway, spares each buyer a look into
     * each of its suppliers. A buyer of its own tier or below (work passed sideways) may come
     * after it, and enters its cut itself ({@link CostDown#apply}).
     */
    private void tallyCuts() {
        for (int i = 0, n = customers.size(); i < n; i++) {
            SupplyLink l = customers.get(i);
            if (!Double.isNaN(l.pendingCut)) {
                CostDown.record(this, l.pendingCut);
                l.pendingCut = Double.NaN;
            }
        }
    }

    private void work(District d) {
        Params s = d.params;
        capacity = employees * s.outputPerWorkerMonthly * productivity;
        if (d.isCostDownMonth()) tallyCuts();
        orders = 0;
        baseline = 0;
        for (int i = 0, n = customers.size(); i < n; i++) {
            SupplyLink l = customers.get(i);
            if (l.dead) { l.order = 0; continue; }
            if (l.buyer == d.productMarket) l.order = l.volume * d.productMarket.activity();
            orders += l.order;
            baseline += l.volume;
        }
        // work given out routinely, in proportion to the firm's own activity, then what will not fit
        double act = activity();
        double routine = 0;
        for (int i = 0, n = subcontractors.size(); i < n; i++) {
            SupplyLink l = subcontractors.get(i);
            l.order = l.dead ? 0 : l.volume * act;
            routine += l.order;
        }
        double ownWork = Math.max(0, orders - routine);
        // work a network partner passed on is done first: it was promised within spare capacity
        double sharedDone = Math.min(sharedIn, capacity);
        sharedIn = 0;
        double inHouse = Math.min(ownWork, capacity - sharedDone);
        double passed = Subcontracting.passExcess(ownWork - inHouse, subcontractors);
        double shared = OrderSharing.pass(this, ownWork - inHouse - passed, d);
        double delivered = Math.min(orders, inHouse + routine + passed + shared);
        double fill = orders > 0 ? delivered / orders : 1;

        revenue = 0;
        for (int i = 0, n = customers.size(); i < n; i++) {
            SupplyLink l = customers.get(i);
            double earned = l.order * fill * l.price * l.unitValue();
            issueNote(earned, l.delayMonths);
            l.salesEma += Smoothing.MONTHLY * (earned - l.salesEma);
            revenue += earned;
        }
        if (sharedDone > 0) {
            double earned = sharedDone * techLevel; // the partner pays list price in cash
            issueNote(earned, 0);
            revenue += earned;
        }
        double purchases = sharedOutCost;
        boolean costDownMonth = d.isCostDownMonth();
        for (int i = 0, n = subcontractors.size(); i < n; i++) {
            SupplyLink l = subcontractors.get(i);
            if (l.dead) continue;
            purchases += l.order * l.price * l.unitValue();
            // a parent firm cuts its own subcontractors' prices by the same rule as an assembler [IA-1999]
            if (costDownMonth) {
                double rate = s.costDownRate, exponent = s.scenario.assemblers().costDown().leverageExponent(),
                        resistance = s.scenario.networkBehaviour().activities().resistance() * l.supplier.knowledge;
                // the subcontractor enters the cut at its turn, after this one's; sideways it may have had it
                if (l.sideways) CostDown.apply(l, rate, exponent, resistance);
                else l.pendingCut = CostDown.cutPrice(l, rate, exponent, resistance);
            }
        }
        double discount = memberships.isEmpty() ? 0 : BuyersGroup.of(this);
        double materials = (inHouse + sharedDone) * s.materialShare * unitCost * techLevel * (1 - discount);
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
        utilisationEma += Smoothing.MONTHLY * ((capacity > 0 ? (inHouse + sharedDone) / capacity : 0) - utilisationEma);

        cash += collectNotes();
        cash -= materials + purchases + wages + interest + rd;
        double repay = debt * s.repaymentMonthly;
        if (cash - repay > 0) { cash -= repay; debt -= repay; }
        cash -= Drawings.take(cash, monthlyCosts(d), s.cashReserveMonths);
        cashStress = false;
        // worked out now, while its links and notes are in the cache: the observer asks for both
        topShare();
        receivables();
    }

    /** Whether {@link #settle} has something to do: a bank to see. */
    boolean needsSettling(boolean tight, Bank bank, double tightness) {
        if (cash < 0) return true;
        return tight && debt > 0 && bank.weak(this, tightness);
    }

    /** Cash outflow of a normal month, used by the bank and by liquidity rules. */
    double monthlyCosts(District d) {
        return employees * d.params.wageMonthly * techLevel + capacity * utilisationEma * d.params.materialShare * unitCost * techLevel;
    }

    /** Share of sales taken by the largest single buyer; own-product sales go to many buyers and never count as one. */
    double topShare() {
        double known = topShareKnown;
        if (!Double.isNaN(known)) return known;
        return topShareKnown = topShareNow();
    }

    /** {@link #topShare} worked out from the links now. */
    double topShareNow() {
        SupplyLink top = topCustomer();
        return top != null && salesEma > 0 ? Math.min(1, top.salesEma / salesEma) : 0;
    }

    /**
     * The last {@link #topShare} worked out, NaN when it must be worked out again. The observer
     * asks every firm every month, and looking through its customer links again costs a few
     * cache misses at national size; so the share is kept until the firm's own month changes
     * its sales or a customer link is made, dropped or dies ({@link #customersChanged}).
     */
    private double topShareKnown = Double.NaN;

    /** Notes held ({@link PromissoryNotes#outstanding}). */
    double receivables() {
        double known = receivablesKnown;
        if (!Double.isNaN(known)) return known;
        return receivablesKnown = notes.outstanding();
    }

    /**
     * The last {@link #receivables} worked out, NaN once a note was issued, collected or
     * discounted since. The observer asks every firm every month; kept here, its answer needs
     * no look into the notes, a cache miss of their own at national size.
     */
    private double receivablesKnown = 0;

    void issueNote(double amount, int delayMonths) {
        notes.issue(amount, delayMonths);
        receivablesKnown = Double.NaN;
    }

    double collectNotes() {
        receivablesKnown = Double.NaN;
        return notes.collect();
    }

    double discountNotes(double needed, double annualRate) {
        receivablesKnown = Double.NaN;
        return notes.discount(needed, annualRate);
    }

    /** {@link #receivables} summed from the notes now (for tests). */
    double receivablesNow() {
        return notes.outstanding();
    }

    /** A customer link was made, dropped or died: {@link #topShare} must look again. */
    void customersChanged() {
        topShareKnown = Double.NaN;
    }

    SupplyLink topCustomer() {
        SupplyLink best = null;
        for (int i = 0, n = customers.size(); i < n; i++) {
            SupplyLink l = customers.get(i);
            if (l.dead || l.toMarket) continue;
            if (best == null || l.salesEma > best.salesEma) best = l;
        }
        return best;
    }

    boolean alive() { return exitCause == null; }

    boolean activeSomewhere() {
        for (int i = 0, n = memberships.size(); i < n; i++) if (memberships.get(i).active) return true;
        return false;
    }

    /** Lost a customer that took half its sales or more within the last two years. */
    boolean lostParentRecently(District d) {
        return d.step() - lostParentStep <= 24;
    }

    // --- read access for observers, inspectors and tests (bean getters show in MASON's inspector) ---
    public int getId() { return id; }
    public int getBornYear() { return bornYear; }
    public int getTier() { return tier; }
    public int getSkill() { return skill; }
    public int getEmployees() { return employees; }
    public double getTechLevel() { return techLevel; }
    public double getUnitCost() { return unitCost; }
    public double getProductivity() { return productivity; }
    public double getCash() { return cash; }
    public double getDebt() { return debt; }
    public double getReceivables() { return receivables(); }
    public double getTopCustomerShare() { return topShare(); }
    public int getCustomerCount() { return customers.size(); }
    public int getSubcontractorCount() { return subcontractors.size(); }
    public double getMaxTopShare() { return maxTopShare; }
    public int getOwnerAge() { return ownerAge; }
    public int getProducts() { return products; }
    public double getRdStock() { return rdStock; }
    public boolean getDoesRd() { return doesRd; }
    public double getCostDownSuffered() { return costDownSuffered; }
    public double getRevenue() { return revenue; }
    public double getSalesEma() { return salesEma; }
    public double getValueAdded() { return valueAdded; }
    public double getProfitEma() { return profitEma; }
    public double getUtilisation() { return utilisationEma; }
    public boolean getCashStress() { return cashStress; }
    public boolean isAlive() { return alive(); }
    public int getNetworksLabelled() { return memberships.size(); }
    public int getNetworksActive() {
        int c = 0;
        for (int i = 0, n = memberships.size(); i < n; i++) if (memberships.get(i).active) c++;
        return c;
    }
    public double getKnowledge() { return knowledge; }
    public int getTies() { return ties.size(); }
    public List<Membership> memberships() { return memberships; }
    public List<Tie> tieList() { return ties; }

    /** For the inspector: "O-net (labelled), Kiseiren (active, engagement 0.82)". */
    public String getNetworks() {
        StringBuilder b = new StringBuilder();
        for (Membership m : memberships) {
            if (!m.isCurrent()) continue;
            if (b.length() > 0) b.append(", ");
            b.append(m.network().getName()).append(m.isActive()
                    ? String.format(java.util.Locale.ROOT, " (active, engagement %.2f)", m.engagement()) : " (labelled)");
        }
        return b.toString();
    }
    public ExitCause getExitCause() { return exitCause; }
    public List<SupplyLink> customerLinks() { return customers; }
    public List<SupplyLink> subcontractorLinks() { return subcontractors; }

    /** For the inspector: "assembler 3: 72%, firm 118: 20%, ...". */
    public String getCustomers() {
        StringBuilder b = new StringBuilder();
        for (SupplyLink l : customers) {
            if (b.length() > 0) b.append(", ");
            b.append(l.buyer.isAssembler() ? "assembler " : "firm ").append(l.buyer.id())
                    .append(": ").append(Math.round(100 * (salesEma > 0 ? l.salesEma / salesEma : 0))).append('%');
        }
        return b.toString();
    }

    /** For the inspector: months each customer takes to pay its notes, "assembler 3: 5 months, ...". */
    public String getPaymentDelays() {
        StringBuilder b = new StringBuilder();
        for (SupplyLink l : customers) {
            if (b.length() > 0) b.append(", ");
            b.append(l.buyer.isAssembler() ? "assembler " : "firm ").append(l.buyer.id())
                    .append(": ").append(l.delayMonths).append(l.delayMonths == 1 ? " month" : " months");
        }
        return b.toString();
    }

    /** For the inspector: its own subcontractors and the share of their sales it takes, "firm 412: 80%, ...". */
    public String getSubcontractors() {
        StringBuilder b = new StringBuilder();
        for (SupplyLink l : subcontractors) {
            if (b.length() > 0) b.append(", ");
            b.append("firm ").append(l.supplier.id).append(": ").append(Math.round(100 * l.leverage())).append('%');
        }
        return b.toString();
    }

    public int getRetirementAge() { return retirementAge; }

    @Override public String toString() { return "Firm " + id + " (tier " + tier + ")"; }
}
