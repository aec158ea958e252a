package machikoba.experiment;

import machikoba.scenario.Scenario;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;

/**
 * Replications r = 1..R of a scenario, run with seed r on a pool. Results come back in
 * replication order whatever the pool's threads did, so thread count never changes a report.
 */
final class Replications {
    private Replications() { }

    /** Submits the runs; collect them with {@link #rows(List)} (submitting several scenarios first keeps the pool full). */
    static List<Future<List<double[]>>> submit(ExecutorService pool, Scenario s, int replications) {
        List<Future<List<double[]>>> runs = new ArrayList<>(replications);
        for (int r = 0; r < replications; r++) {
            final long seed = r + 1;
            runs.add(pool.submit(() -> SingleRun.run(s, seed, null).rows()));
        }
        return runs;
    }

    /** The monthly rows of each run, in replication order. */
    static List<List<double[]>> rows(List<Future<List<double[]>>> runs) {
        List<List<double[]>> rows = new ArrayList<>(runs.size());
        try {
            for (Future<List<double[]>> f : runs) rows.add(f.get());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        }
        return rows;
    }
}
