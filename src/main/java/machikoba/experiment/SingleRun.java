package machikoba.experiment;

import machikoba.model.District;
import machikoba.observe.Metric;
import machikoba.observe.Observer;
import machikoba.scenario.Scenario;

import java.util.List;

/**
 * One district, one seed, stepped month by month to the end year with an observer attached.
 * Everything a run produces comes back in {@link Result}; writing it is someone else's job.
 */
public final class SingleRun {
    private SingleRun() { }

    public record Result(Scenario scenario, long seed, List<double[]> rows, List<Object[]> firms,
                         double[] finalTopShares, long firmMonths, long nanos, List<Object[]> networks) { }

    /** Runs from the scenario's start to December of {@code untilYear} (or the scenario's end). */
    public static Result run(Scenario scenario, long seed, Integer untilYear) {
        return run(scenario, seed, untilYear, 1);
    }

    /** The same on {@code workers} threads within each month ({@link District#setWorkers}): the same result, sooner. */
    public static Result run(Scenario scenario, long seed, Integer untilYear, int workers) {
        long t0 = System.nanoTime();
        District d = new District(seed, scenario);
        d.setWorkers(workers);
        d.start();
        Observer observer = new Observer().attach(d);
        int end = untilYear == null ? scenario.period().end() : Math.min(untilYear, scenario.period().end());
        int months = (end - scenario.period().start() + 1) * 12;
        long firmMonths = 0;
        while (d.schedule.getSteps() < months) {
            if (!d.schedule.step(d)) break;
            firmMonths += (long) Metric.FIRMS.of(observer.last());
        }
        d.finish();
        List<Object[]> firms = Observer.firmRows(d);
        double[] tops = firms.stream().mapToDouble(r -> (Double) r[4]).toArray();
        return new Result(scenario, seed, observer.rows(), firms, tops, firmMonths, System.nanoTime() - t0,
                observer.networkRows());
    }
}
