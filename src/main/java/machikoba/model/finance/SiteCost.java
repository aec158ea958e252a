package machikoba.model.finance;

import machikoba.scenario.Scenario;

/**
 * What a factory site costs a firm: in mixed urban districts rising land prices turned factory
 * sites into housing [U-2009]. The scenario's land path gives the yearly cost of a site per
 * employee at current prices (rent, or the rent an owner forgoes by not selling); a firm pays it
 * each month for the staff it houses. It is a cost like any other: it thins margins, and a firm
 * that loses money for years closes, or runs short of cash and fails. No exit is added here.
 * Between yearly rows the cost moves linearly by month, as the macro path does.
 */
public final class SiteCost {
    private SiteCost() { }

    /** The month's site cost per employee in ¥M; 0 for a scenario without a land path. */
    public static double perEmployeeMonthly(Scenario s, int year, int month) {
        if (s.land().isEmpty()) return 0;
        int i = year - s.period().start();
        Scenario.LandYear now = s.land().get(i);
        Scenario.LandYear next = year < s.period().end() ? s.land().get(i + 1) : now;
        double w = (month - 1) / 12.0;
        return (now.sitePerEmployee() + (next.sitePerEmployee() - now.sitePerEmployee()) * w) / 12.0;
    }

    /** This month's site cost of a firm of this many employees. */
    public static double monthly(int employees, double perEmployeeMonthly) {
        return employees * perEmployeeMonthly;
    }
}
