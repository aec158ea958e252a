package machikoba.experiment;

import machikoba.model.District;
import machikoba.observe.FirmRow;
import machikoba.observe.Metric;
import machikoba.observe.NetworkLedger;
import machikoba.observe.Observer;
import machikoba.observe.RecordCsv;
import machikoba.scenario.Scenario;

import java.util.List;

/**
 * One district, one seed, stepped month by month to the end year with an observer attached.
 * Everything a run produces comes back in {@link Result}; writing it is someone else's job.
 */
public final class SingleRun {
    private SingleRun() { }

    /**
     * @param rows the observer's monthly rows, one value per {@link Metric}
     * @param firmRows the firms alive at the end
     * @param networkRows each network in each year
     * @param absorption how cuts were met, by band of dependence ({@link machikoba.observe.Absorption#COLUMNS})
     */
    public record Result(Scenario scenario, long seed, List<double[]> rows, List<FirmRow> firmRows,
                         long firmMonths, long nanos, List<NetworkLedger.Row> networkRows, List<Object[]> absorption) {
        /** firms.csv's rows as written: each firm's cells in the order of {@link FirmRow#COLUMNS}. */
        public List<Object[]> firms() { return RecordCsv.cells(firmRows); }

        /** networks.csv's rows as written: each row's cells in the order of {@link NetworkLedger#COLUMNS}. */
        public List<Object[]> networks() { return RecordCsv.cells(networkRows); }

        /** Each firm's top customer's share of its sales at the end. */
        public double[] finalTopShares() { return firmRows.stream().mapToDouble(FirmRow::topShare).toArray(); }
    }

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
        return new Result(scenario, seed, observer.rows(), FirmRow.of(d), firmMonths, System.nanoTime() - t0,
                observer.networks(), observer.absorptionRows());
    }
}
