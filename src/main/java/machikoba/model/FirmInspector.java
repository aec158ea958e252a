package machikoba.model;

import machikoba.model.network.Membership;

import java.util.Locale;

/**
 * What MASON's inspector shows of a firm ({@link Firm#propertiesProxy}): bean getters, read only,
 * with its customers, subcontractors and networks spelt out for a student.
 */
public final class FirmInspector {
    private final Firm f;

    FirmInspector(Firm f) { this.f = f; }

    public int getId() { return f.id(); }
    public int getBornYear() { return f.bornYear(); }
    public int getTier() { return f.tier(); }
    public int getSkill() { return f.skill(); }
    public int getEmployees() { return f.employees(); }
    public double getTechLevel() { return f.techLevel(); }
    public double getUnitCost() { return f.unitCost(); }
    public double getProductivity() { return f.productivity(); }
    /** Machinery at 1985 prices, ¥M. */
    public double getMachinery() { return f.machinery(); }
    /** What a unit costs it, relative to a start-year firm: what its buyers rank it by. */
    public double getCostPerUnit() { return f.costPerUnit(); }
    /** Price cuts felt so far this year, as a share of sales. */
    public double getCutsThisYear() { return f.pressureYear(); }
    /** The month its year closes: when it hires or sheds, rationalises, invests, and may close. */
    public int getYearClosesInMonth() { return f.fiscalMonth(); }
    public double getCash() { return f.books().cash(); }
    public double getDebt() { return f.books().debt(); }
    public double getReceivables() { return f.books().outstanding(); }
    public double getTopCustomerShare() { return f.topShare(); }
    public double getMaxTopShare() { return f.maxTopShare(); }
    public int getOwnerAge() { return f.ownerAge(); }
    public int getRetirementAge() { return f.retirementAge(); }
    public int getProducts() { return f.products(); }
    public double getRdStock() { return f.rdStock(); }
    public boolean getDoesRd() { return f.doesRd(); }
    public double getCostDownSuffered() { return f.costDownSuffered(); }
    public double getRevenue() { return f.revenue(); }
    public double getSalesEma() { return f.salesEma(); }
    public double getValueAdded() { return f.valueAdded(); }
    public double getProfitEma() { return f.profitEma(); }
    public double getUtilisation() { return f.utilisation(); }
    public boolean getCashStress() { return f.cashStress(); }
    public boolean isAlive() { return f.alive(); }
    public String getExitCause() { return f.alive() ? "" : f.exitCause().label; }
    public double getKnowledge() { return f.networkingOrNone().knowledge(); }
    public int getTies() { return f.networkingOrNone().ties().size(); }

    /** "O-net (labelled), Kiseiren (active, engagement 0.82)". */
    public String getNetworks() {
        StringBuilder b = new StringBuilder();
        for (Membership m : f.networkingOrNone().memberships()) {
            if (!m.isCurrent()) continue;
            if (b.length() > 0) b.append(", ");
            b.append(m.network().getName()).append(m.isActive()
                    ? String.format(Locale.ROOT, " (active, engagement %.2f)", m.engagement()) : " (labelled)");
        }
        return b.toString();
    }

    /** "assembler 3: 72%, firm 118: 20%, ...". */
    public String getCustomers() {
        StringBuilder b = new StringBuilder();
        for (SupplyLink l : f.customers()) {
            if (b.length() > 0) b.append(", ");
            b.append(name(l.buyer())).append(": ")
                    .append(Math.round(100 * (f.salesEma() > 0 ? l.salesEma() / f.salesEma() : 0))).append('%');
        }
        return b.toString();
    }

    /** Months each customer takes to pay its notes, "assembler 3: 5 months, ...". */
    public String getPaymentDelays() {
        StringBuilder b = new StringBuilder();
        for (SupplyLink l : f.customers()) {
            if (b.length() > 0) b.append(", ");
            b.append(name(l.buyer())).append(": ").append(l.delayMonths()).append(l.delayMonths() == 1 ? " month" : " months");
        }
        return b.toString();
    }

    /** Its own subcontractors and the share of their sales it takes, "firm 412: 80%, ...". */
    public String getSubcontractors() {
        StringBuilder b = new StringBuilder();
        for (SupplyLink l : f.subcontractors()) {
            if (b.length() > 0) b.append(", ");
            b.append("firm ").append(l.supplier().id()).append(": ").append(Math.round(100 * l.leverage())).append('%');
        }
        return b.toString();
    }

    private static String name(Buyer b) {
        return (b.isAssembler() ? "assembler " : "firm ") + b.id();
    }
}
