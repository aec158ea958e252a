package machikoba.model;

/**
 * Yearly hiring and firing by how full the plant was: hire when busy and there is cash for
 * wages, shed staff slowly when idle (small Japanese firms fire reluctantly). Capacity
 * follows employees. Productivity learning also comes once a year.
 */
public final class Staffing {
    private Staffing() { }

    /** Employees next year. */
    public static int adjust(int employees, double utilisation, double hireAt, double fireAt, boolean canPay) {
        int step = Math.max(1, (int) Math.round(employees * 0.1));
        if (utilisation > hireAt && canPay) return employees + step;
        if (utilisation < fireAt) return Math.max(1, employees - step);
        return employees;
    }

    static void year(Firm f, District d) {
        f.employees = adjust(f.employees, f.utilisationEma, d.scenario.economy().hireThreshold(),
                d.scenario.economy().fireThreshold(), f.cash > f.monthlyCosts(d));
        f.capacity = f.employees * d.params.outputPerWorkerMonthly;
        f.unitCost *= 1 - f.learningRate;
    }
}
