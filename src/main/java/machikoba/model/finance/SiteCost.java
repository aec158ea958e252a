package machikoba.model.finance;

import machikoba.scenario.Scenario;

/**
 * What a factory site costs a firm: in mixed urban districts rising land prices turned factory
 * sites into housing [U-2009]. The scenario gives the yearly cost of a site per employee in
 * the start year (rent, or the rent an owner forgoes by not selling) and a land price index by
 * year; a firm pays the cost each month for the staff it houses. It is a cost like any other: it thins margins, and a firm
 * that loses money for years closes, or runs short of cash and fails. No exit is added here.
 * Between yearly rows the cost moves linearly by month, as the macro path does.
 */
public final class SiteCost {
    private SiteCost() { }

    /** The month's site cost per employee in ¥M; 0 for a scenario without land costs. */
    public static double perEmployeeMonthly(Scenario s, int year, int month) {
        Scenario.Land land = s.land();
        if (land.sitePerEmployee() == 0) return 0;
        if (land.path().isEmpty()) return land.sitePerEmployee() / 12.0;
        int i = year - s.period().start();
        double now = land.path().get(i).index();
        double next = year < s.period().end() ? land.path().get(i + 1).index() : now;
        double w = (month - 1) / 12.0;
        return land.sitePerEmployee() * (now + (next - now) * w) / 12.0;
    }

    /** This month's site cost of a firm of this many employees. */
    public static double monthly(int employees, double perEmployeeMonthly) {
        return employees * perEmployeeMonthly;
    }
}
