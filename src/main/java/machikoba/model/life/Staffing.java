package machikoba.model.life;

import machikoba.model.District;
import machikoba.model.Firm;
import machikoba.scenario.Scenario;

/**
 * Yearly staffing with inertia. A firm works out the staff its work needs (at the scenario's
 * normal load) and closes only a part of the gap in a year: a busy firm that can pay hires
 * faster than an idle one sheds. Hiring costs search and training; shedding costs severance,
 * and skills leave with the people, so small Japanese firms keep skilled staff through slack
 * years [U-2009] and establishments stay in their size class as the census's did (30-99: -0.3%
 * a year 1985-1997). Output per worker grows by the firm's learning rate (skill and methods).
 */
public final class Staffing {
    private Staffing() { }

    /** The staff its work needs: what it made last year at the normal load. */
    public static double needed(int employees, double utilisation, double normalLoad) {
        return employees * utilisation / normalLoad;
    }

    /**
     * The change in staff: hire a share of the gap when fuller than {@code hireAt} and able to
     * pay, shed a share of it when emptier than {@code fireAt}; at least one hire, but a small
     * gap sheds nobody. Never below one employee.
     */
    public static int change(int employees, double utilisation, double normalLoad, double hireAt, double fireAt,
                             boolean canPay, Scenario.Labour rule) {
        double gap = needed(employees, utilisation, normalLoad) - employees;
        if (utilisation > hireAt && canPay && gap > 0) return Math.max(1, (int) Math.round(rule.hireSpeed() * gap));
        if (utilisation < fireAt && gap < 0) return -Math.min(employees - 1, (int) Math.floor(rule.shedSpeed() * -gap));
        return 0;
    }

    public static void year(Firm f, District d) {
        Scenario.Labour rule = d.scenario().labour();
        Scenario.Economy e = d.scenario().economy();
        int n = f.employees();
        int change = change(n, f.utilisation(), d.scenario().firms().utilisation(), e.hireThreshold(), e.fireThreshold(),
                f.books().cash() > f.monthlyCosts(), rule);
        if (change > 0) {
            f.books().pay(change * rule.hiringMonths() * f.payMonthly());
            f.setEmployees(n + change);
        } else if (change < 0) {
            // severance is paid from cash: a firm without it keeps the staff it cannot pay off
            double severance = rule.severanceMonths() * f.payMonthly();
            int shed = -change;
            if (severance > 0) shed = (int) Math.min(shed, Math.floor(Math.max(0, f.books().cash()) / severance));
            if (shed > 0) {
                f.books().pay(shed * severance);
                f.loseSkill(rule.skillLoss() * shed / n);
                f.setEmployees(n - shed);
            }
        }
        f.learn();
    }
}
