package machikoba.model.life;

import machikoba.model.District;
import machikoba.model.Firm;

/**
 * Yearly hiring and firing by how full the plant was: hire when busy and there is cash for
 * wages, shed staff slowly when idle (small Japanese firms fire reluctantly). Output per
 * worker grows by the firm's learning rate (machines, skill), so the same orders need fewer
 * people: how Ota lost 4.1% of its employees a year while value added held [U-2009].
 */
public final class Staffing {
    /** Share of its staff a firm hires or sheds in a year. */
    static final double STEP = 0.1;

    private Staffing() { }

    /** Employees next year. */
    public static int adjust(int employees, double utilisation, double hireAt, double fireAt, boolean canPay) {
        int step = Math.max(1, (int) Math.round(employees * STEP));
        if (utilisation > hireAt && canPay) return employees + step;
        if (utilisation < fireAt) return Math.max(1, employees - step);
        return employees;
    }

    public static void year(Firm f, District d) {
        f.setEmployees(adjust(f.employees(), f.utilisation(), d.scenario().economy().hireThreshold(),
                d.scenario().economy().fireThreshold(), f.books().cash() > f.monthlyCosts()));
        f.learn();
    }
}
