package machikoba.experiment;

import machikoba.model.District;
import machikoba.observe.FirmRow;
import machikoba.observe.InnovationClass;
import machikoba.observe.Metric;
import machikoba.observe.Observer;
import machikoba.scenario.Scenario;

import java.util.ArrayList;
import java.util.List;

/**
 * One district, one seed, with the observer attached, read once a year for a policy comparison:
 * one row per year, {@code year} then one value per {@link PolicyMetric}. It reads the model as
 * an observer does (the observer's monthly rows, the firms' rows, the policy's public cost).
 */
public final class PolicyRun {
    private PolicyRun() { }

    public static List<double[]> run(Scenario scenario, long seed, Integer untilYear) {
        District d = new District(seed, scenario);
        d.start();
        Observer observer = new Observer().attach(d);
        int end = untilYear == null ? scenario.period().end() : Math.min(untilYear, scenario.period().end());
        int months = (end - scenario.period().start() + 1) * 12;
        List<double[]> years = new ArrayList<>();
        double exits = 0, insolvent = 0, joint = 0, valueAdded = 0, costBefore = 0;
        while (d.schedule.getSteps() < months) {
            if (!d.schedule.step(d)) break;
            double[] row = observer.last();
            exits += Metric.EXITS.of(row);
            insolvent += Metric.EXITS_INSOLVENCY.of(row);
            joint += Metric.JOINT_PRODUCTS.of(row);
            valueAdded += Metric.VALUE_ADDED.of(row);
            if (Metric.MONTH.of(row) != 12) continue;
            int products = 0, leaders = 0;
            for (FirmRow f : FirmRow.of(d)) {
                products += f.products();
                if (f.innovationClass().equals(InnovationClass.LEADER.label)) leaders++;
            }
            double cost = d.policy().cost().total();
            double[] y = new double[PolicyMetric.values().length + 1];
            y[0] = Metric.YEAR.of(row);
            y[1 + PolicyMetric.FIRMS.ordinal()] = Metric.FIRMS.of(row);
            y[1 + PolicyMetric.EXITS.ordinal()] = exits;
            y[1 + PolicyMetric.EXITS_INSOLVENCY.ordinal()] = insolvent;
            y[1 + PolicyMetric.PRODUCTS.ordinal()] = products;
            y[1 + PolicyMetric.LEADERS.ordinal()] = leaders;
            y[1 + PolicyMetric.JOINT_PRODUCTS.ordinal()] = joint;
            y[1 + PolicyMetric.PARENT_SHARE.ordinal()] = Metric.PARENT_SHARE.of(row);
            y[1 + PolicyMetric.SHARE_50.ordinal()] = Metric.SHARE_50.of(row);
            y[1 + PolicyMetric.NETWORK_ACTIVE_SHARE.ordinal()] = Metric.NETWORK_ACTIVE_SHARE.of(row);
            y[1 + PolicyMetric.VALUE_ADDED.ordinal()] = valueAdded;
            y[1 + PolicyMetric.PUBLIC_COST.ordinal()] = cost - costBefore;
            years.add(y);
            exits = insolvent = joint = valueAdded = 0;
            costBefore = cost;
        }
        d.finish();
        return years;
    }
}
