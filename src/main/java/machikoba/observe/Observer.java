package machikoba.observe;

import machikoba.model.District;
import sim.engine.SimState;
import sim.engine.Steppable;

import java.util.ArrayList;
import java.util.List;

/**
 * Measures the district at the end of every month: one row with a value of every {@link Metric},
 * in their order, measured from the month's {@link MonthTally}. The model keeps no statistics of
 * its own; everything counted here is counted from the firms, assemblers and the month's entry,
 * exit and network events.
 */
public final class Observer implements Steppable {
    private static final long serialVersionUID = 1L;

    /** The header of timeseries.csv: every {@link Metric}'s column, in the row's order. */
    public static final String[] COLUMNS = Metric.columns().toArray(new String[0]);
    /** The header of firms.csv ({@link FirmRow}). */
    public static final String[] FIRM_COLUMNS = FirmRow.COLUMNS;

    private final List<double[]> rows = new ArrayList<>();
    private final NetworkLedger networks = new NetworkLedger();
    private final Absorption absorption = new Absorption();
    private final MonthTally.Readings readings = new MonthTally.Readings();

    /** Schedules this observer to run after the model's own phases every month. */
    public Observer attach(District d) {
        d.schedule.scheduleRepeating(sim.engine.Schedule.EPOCH, District.OBSERVER_ORDERING, this, 1);
        return this;
    }

    @Override
    public void step(SimState state) {
        District d = (District) state;
        rows.add(Metric.row(MonthTally.of(d, readings)));
        networks.month(d);
        absorption.month(d);
    }

    /** absorption.csv's rows: how cuts were met, by band of dependence ({@link Absorption}). */
    public List<Object[]> absorptionRows() { return absorption.rows(); }

    /** One row per network and year. */
    public List<NetworkLedger.Row> networks() { return networks.rows(); }

    /** networks.csv's rows as written: each row's cells in the order of {@link NetworkLedger#COLUMNS}. */
    public List<Object[]> networkRows() { return RecordCsv.cells(networks.rows()); }

    public List<double[]> rows() { return rows; }

    public double[] last() { return rows.isEmpty() ? null : rows.get(rows.size() - 1); }
}
