package machikoba.model.supply;

import machikoba.model.District;
import machikoba.model.Firm;
import machikoba.model.SupplyLink;
import machikoba.model.finance.Investment;
import machikoba.scenario.Scenario;

/**
 * How a supplier meets its buyers' price targets [U-2009 §2.2-3]: "price reductions reflected
 * suppliers' efforts to reduce costs". At the close of its year a firm that felt cuts takes a
 * part of them off its unit cost by effort and better methods, cheaply but only so far a year;
 * a parent that guides its dependent supplier (training its staff, dispatching engineers) makes
 * that effort go further and ties the supplier closer, a relation-specific skill the parent
 * values when it reviews its suppliers; and the firm invests in machinery if it can fund it
 * ({@link Investment}). Cost-down becomes selection: firms that rationalise rank higher with
 * their buyers and survive cuts, the others lose margin and volume.
 */
public final class Rationalisation {
    /** Each guided year builds this share of the way to full relation-specific skill (assumption). */
    static final double GUIDED_STEP = 0.25;

    private Rationalisation() { }

    /** The share effort and method take off unit cost in a year: effort * pressure, raised by guidance, capped. */
    public static double effortCut(double pressure, boolean guided, Scenario.Rationalisation rule) {
        double cut = rule.effort() * Math.max(0, pressure) * (guided ? 1 + rule.guidance() : 1);
        return Math.min(rule.effortMax(), cut);
    }

    /**
     * The link of the parent that guides this supplier, or null: a buyer that takes half its sales
     * or more and can teach, an assembler or a tier-2 firm with design ability [U-2009].
     */
    public static SupplyLink guidingParent(Firm f) {
        SupplyLink top = f.topCustomer();
        if (top == null || top.toMarket() || top.leverage() < Firm.PARENT_LEVERAGE) return null;
        boolean canTeach = top.buyer().isAssembler() || (top.buyer() instanceof Firm b && b.tier() == 2);
        return canTeach ? top : null;
    }

    /** The firm's year: effort against this year's cuts, a guiding parent's help, then machinery. */
    public static void year(Firm f, District d) {
        Scenario.Rationalisation rule = d.scenario().rationalisation();
        double pressure = f.takeYearPressure();
        SupplyLink parent = guidingParent(f);
        double before = f.costPerUnit();
        if (pressure > 0) {
            f.rationalise(effortCut(pressure, parent != null, rule));
            if (parent != null && rule.guidance() > 0) parent.guided(GUIDED_STEP);
        }
        double afterEffort = f.costPerUnit();
        Investment.year(f, d, pressure);
        f.absorbed(new Firm.Absorbed(d.year(), pressure, 1 - afterEffort / before, afterEffort / before - f.costPerUnit() / before, f.topShare()));
    }
}
