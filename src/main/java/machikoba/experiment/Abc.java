package machikoba.experiment;

import machikoba.chart.PairPlot;
import machikoba.observe.Metric;
import machikoba.scenario.ScenarioError;
import machikoba.scenario.Targets;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.ArrayRealVector;
import org.apache.commons.math3.linear.QRDecomposition;
import org.apache.commons.math3.linear.RealMatrix;
import org.apache.commons.math3.linear.SingularMatrixException;
import org.apache.commons.math3.random.MersenneTwister;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * Approximate Bayesian computation: rejection with local-linear regression adjustment
 * (Beaumont, Zhang and Balding 2002). Unlike {@link Calibration}, which fits replicate means,
 * it keeps the model's run-to-run variation in the posterior.
 *
 * <p>N parameter points are drawn from the uniform prior over each {@code --param} range by a
 * Mersenne Twister seeded with the seed; each is simulated once, seeded by {@link RunSeeds}, as
 * the runs of a batch ({@link BatchRunner}: kept as they finish, so a rerun of the same command
 * reuses them). A run's summary statistics are the scenario's absolute targets evaluated on it
 * (as {@link Validation} does); its distance is the Euclidean norm of (simulated - observed) /
 * tolerance. The nearest fraction {@code accept} of the runs is kept with Epanechnikov weights
 * 1 - (d/h)^2, h the largest kept distance; the kept parameters, on a logit scale within their
 * prior range, are regressed (weighted least squares) on the scaled differences and moved to
 * the observed statistics along the fitted plane. Everything is deterministic in the seed.
 */
public final class Abc {
    /** The kept simulations: their row indices (nearest first), distances, weights and adjusted parameters. */
    public record Posterior(int[] kept, double[] distance, double[] weight, double[][] adjusted, boolean regressed) {
        public double[] column(int j) { return Arrays.stream(adjusted).mapToDouble(a -> a[j]).toArray(); }
    }

    /** What the command reports: posterior summaries per parameter and the acceptance. */
    public record Result(Map<String, double[]> summaries, int simulations, int accepted, int ranNow, long nanos) { }

    private Abc() { }

    /** How many of n simulations the fraction keeps (at least one). */
    public static int keptOf(int n, double accept) { return Math.max(1, (int) Math.round(accept * n)); }

    /**
     * Rejection and regression adjustment, no simulation: {@code theta[i]} the parameters of
     * simulation i, {@code scaled[i]} its summary statistics minus the observed ones, each
     * divided by its tolerance. Rows with a non-finite statistic are never kept.
     */
    public static Posterior adjust(double[][] theta, double[][] scaled, double accept) {
        int n = theta.length;
        double[] d = new double[n];
        for (int i = 0; i < n; i++) {
            double s = 0;
            for (double x : scaled[i]) s += x * x;
            d[i] = Double.isFinite(s) ? Math.sqrt(s) : Double.POSITIVE_INFINITY;
        }
        Integer[] order = IntStream.range(0, n).boxed().toArray(Integer[]::new);
        Arrays.sort(order, Comparator.<Integer>comparingDouble(i -> d[i]).thenComparingInt(i -> i));
        int k = Math.min(keptOf(n, accept), (int) Arrays.stream(d).filter(Double::isFinite).count());
        if (k == 0) throw new IllegalStateException("no simulation gave finite summary statistics");
        int[] kept = new int[k];
        double[] dist = new double[k], w = new double[k];
        for (int r = 0; r < k; r++) { kept[r] = order[r]; dist[r] = d[order[r]]; }
        double h = dist[k - 1];
        for (int r = 0; r < k; r++) w[r] = h > 0 ? 1 - (dist[r] / h) * (dist[r] / h) : 1;
        int p = theta[0].length, m = scaled[0].length;
        double[][] adjusted = new double[k][];
        for (int r = 0; r < k; r++) adjusted[r] = theta[kept[r]].clone();
        boolean regressed = false;
        long positive = Arrays.stream(w).filter(x -> x > 0).count();
        if (positive > m + 1) {
            // weighted least squares as ordinary least squares on rows scaled by sqrt(weight)
            RealMatrix x = new Array2DRowRealMatrix(k, m + 1);
            for (int r = 0; r < k; r++) {
                double sw = Math.sqrt(w[r]);
                x.setEntry(r, 0, sw);
                for (int c = 0; c < m; c++) x.setEntry(r, c + 1, sw * scaled[kept[r]][c]);
            }
            try {
                var solver = new QRDecomposition(x, 1e-12).getSolver();
                double[][] beta = new double[p][];
                for (int j = 0; j < p; j++) {
                    double[] y = new double[k];
                    for (int r = 0; r < k; r++) y[r] = Math.sqrt(w[r]) * theta[kept[r]][j];
                    beta[j] = solver.solve(new ArrayRealVector(y, false)).toArray();
                }
                for (int r = 0; r < k; r++) {
                    for (int j = 0; j < p; j++) {
                        double shift = 0;
                        for (int c = 0; c < m; c++) shift += beta[j][c + 1] * scaled[kept[r]][c];
                        adjusted[r][j] = theta[kept[r]][j] - shift;
                    }
                }
                regressed = true;
            } catch (SingularMatrixException e) {
                // the statistics of the kept runs do not span a plane: keep the rejection sample as it is
            }
        }
        return new Posterior(kept, dist, w, adjusted, regressed);
    }

    /** The weighted mean, median, 2.5% and 97.5% quantiles of values. */
    public static double[] summary(double[] values, double[] weights) {
        double total = 0, mean = 0;
        for (int i = 0; i < values.length; i++) { total += weights[i]; mean += weights[i] * values[i]; }
        return new double[] {mean / total, quantile(values, weights, 0.5), quantile(values, weights, 0.025),
            quantile(values, weights, 0.975)};
    }

    /** The smallest value whose cumulative weight reaches q of the total. */
    static double quantile(double[] values, double[] weights, double q) {
        Integer[] order = IntStream.range(0, values.length).boxed().toArray(Integer[]::new);
        Arrays.sort(order, Comparator.<Integer>comparingDouble(i -> values[i]).thenComparingInt(i -> i));
        double total = Arrays.stream(weights).sum(), cum = 0;
        for (Integer i : order) {
            cum += weights[i];
            if (cum >= q * total - 1e-12 * total) return values[i];
        }
        return values[order[order.length - 1]];
    }

    static double logit(double u) {
        double c = Math.max(1e-9, Math.min(1 - 1e-9, u));
        return Math.log(c / (1 - c));
    }

    static double expit(double x) { return 1 / (1 + Math.exp(-x)); }

    /**
     * Simulates the missing runs into {@code out} (a batch folder), then writes posterior.csv,
     * abc.md and posterior.png/.svg there.
     */
    public static Result run(Path scenarioFile, List<Calibration.Param> params, Map<String, String> fixed,
                             List<String> targetNames, int simulations, double accept, Integer until, int threads,
                             long seed, Path out, Progress progress) throws IOException {
        long t0 = System.nanoTime();
        if (simulations < 2) throw new ScenarioError("--simulations", 0, "", "expected a whole number >= 2, got " + simulations);
        if (!(accept > 0 && accept <= 1)) throw new ScenarioError("--accept", 0, "", "expected a fraction in (0, 1], got " + accept);
        if (keptOf(simulations, accept) < params.size() + 2) {
            throw new ScenarioError("--accept", 0, "", "keeps " + keptOf(simulations, accept) + " of " + simulations
                    + " simulations; the regression adjustment needs at least " + (params.size() + 2)
                    + " (raise --simulations or --accept)");
        }
        List<Targets.Target> targets = Calibration.absoluteTargets(scenarioFile, params, targetNames);
        if (targets.isEmpty()) throw new ScenarioError(Targets.fileFor(scenarioFile).toString(), 0, "targets",
                "expected at least one target with an observed figure to compare with");
        for (Targets.Target t : targets) {
            if (until != null && t.to() > until) throw new ScenarioError("--until", 0, "", "target " + t.name() + " needs the years to "
                    + t.to() + "; expected --until " + t.to() + " or later, or leave it out with --target");
        }
        BatchPlan plan = plan(scenarioFile, params, fixed, simulations, until, seed);
        BatchRunner.Outcome outcome = BatchRunner.run(plan, out, threads, progress);
        BatchOutputs.writeRuns(plan, out);

        double[][] unitLogit = new double[simulations][params.size()];
        double[][] scaled = new double[simulations][targets.size()];
        double[][] simulated = new double[simulations][];
        for (int id = 0; id < simulations; id++) {
            for (int j = 0; j < params.size(); j++) {
                Calibration.Param p = params.get(j);
                double v = Double.parseDouble(plan.points().get(id).get(p.yamlPath()));
                unitLogit[id][j] = logit((v - p.lo()) / (p.hi() - p.lo()));
            }
            List<double[]> rows = readRows(plan, out, id);
            simulated[id] = new double[targets.size()];
            for (int c = 0; c < targets.size(); c++) {
                Targets.Target t = targets.get(c);
                simulated[id][c] = Validation.evaluate(t, rows);
                scaled[id][c] = (simulated[id][c] - t.observed()) / Math.max(1e-12, t.tolerance());
            }
        }
        Posterior post = adjust(unitLogit, scaled, accept);
        int k = post.kept().length;
        double[][] values = new double[k][params.size()];
        for (int r = 0; r < k; r++) {
            for (int j = 0; j < params.size(); j++) {
                Calibration.Param p = params.get(j);
                values[r][j] = p.lo() + expit(post.adjusted()[r][j]) * (p.hi() - p.lo());
            }
        }
        Map<String, double[]> summaries = new LinkedHashMap<>();
        for (int j = 0; j < params.size(); j++) {
            final int col = j;
            summaries.put(params.get(j).path(), summary(Arrays.stream(values).mapToDouble(v -> v[col]).toArray(), post.weight()));
        }
        Result result = new Result(summaries, simulations, k, outcome.ran(), System.nanoTime() - t0);
        writePosterior(plan, params, targets, post, values, simulated, out.resolve("posterior.csv"));
        AtomicFile.write(out.resolve("abc.md"), w -> w.write(report(scenarioFile, params, fixed, targets, result, post,
                accept, until, seed)));
        List<String> names = params.stream().map(Calibration.Param::path).toList();
        double[] lo = params.stream().mapToDouble(Calibration.Param::lo).toArray();
        double[] hi = params.stream().mapToDouble(Calibration.Param::hi).toArray();
        PairPlot plot = PairPlot.of("ABC posterior, " + plan.scenarioName(), names, lo, hi, values, post.weight());
        AtomicFile.writeVia(out.resolve("posterior.png"), plot::png);
        AtomicFile.writeVia(out.resolve("posterior.svg"), plot::svg);
        return result;
    }

    /** The draws from the prior as a batch of one run per point: its manifest makes a rerun reuse the runs. */
    static BatchPlan plan(Path scenarioFile, List<Calibration.Param> params, Map<String, String> fixed, int simulations,
                          Integer until, long seed) {
        MersenneTwister rng = new MersenneTwister(seed);
        List<String> paths = params.stream().map(Calibration.Param::yamlPath).toList();
        List<Map<String, String>> points = new ArrayList<>();
        for (int i = 0; i < simulations; i++) {
            Map<String, String> point = new LinkedHashMap<>(fixed);
            for (Calibration.Param p : params) point.put(p.yamlPath(), Double.toString(p.at(rng.nextDouble())));
            points.add(point);
        }
        List<String> describe = new ArrayList<>();
        describe.add("method: abc, one run per draw from the uniform prior (MersenneTwister(base_seed))");
        for (Map.Entry<String, String> e : fixed.entrySet()) describe.add("set: " + e.getKey() + "=" + e.getValue());
        for (Calibration.Param p : params) describe.add("prior: " + p.yamlPath() + "=" + p.lo() + ":" + p.hi());
        return new BatchPlan(scenarioFile, paths, points, 1, seed, until, describe);
    }

    /** One run's monthly rows, read back from its run file. */
    static List<double[]> readRows(BatchPlan plan, Path out, int runId) throws IOException {
        int offset = 3 + plan.paths().size(), width = Metric.columns().size();
        List<double[]> rows = new ArrayList<>();
        try (BufferedReader in = Files.newBufferedReader(BatchRunner.rowsFile(out, runId), StandardCharsets.UTF_8);
             var parser = BatchRunner.CSV.parse(in)) {
            for (CSVRecord rec : parser) {
                double[] row = new double[width];
                for (int m = 0; m < width; m++) row[m] = Double.parseDouble(rec.get(offset + m));
                rows.add(row);
            }
        }
        return rows;
    }

    private static void writePosterior(BatchPlan plan, List<Calibration.Param> params, List<Targets.Target> targets,
                                       Posterior post, double[][] values, double[][] simulated, Path file) throws IOException {
        AtomicFile.write(file, w -> {
            CSVPrinter p = new CSVPrinter(w, BatchRunner.CSV);
            List<String> header = new ArrayList<>(List.of("run_id", "seed", "distance", "weight"));
            for (Calibration.Param q : params) header.add(q.path());
            for (Calibration.Param q : params) header.add(q.path() + "_drawn");
            for (Targets.Target t : targets) header.add(t.name());
            p.printRecord(header);
            for (int r = 0; r < post.kept().length; r++) {
                int id = post.kept()[r];
                p.print(id);
                p.print(plan.run(id).seed());
                p.print(Numbers.format(post.distance()[r]));
                p.print(Numbers.format(post.weight()[r]));
                for (double v : values[r]) p.print(Numbers.format(v));
                for (Calibration.Param q : params) p.print(plan.points().get(id).get(q.yamlPath()));
                for (double v : simulated[id]) p.print(Numbers.format(v));
                p.println();
            }
            p.flush();
        });
    }

    private static String report(Path scenarioFile, List<Calibration.Param> params, Map<String, String> fixed,
                                 List<Targets.Target> targets, Result r, Posterior post, double accept, Integer until, long seed) {
        StringBuilder b = new StringBuilder("# ABC calibration of ").append(scenarioFile).append("\n\n");
        b.append(String.format(Locale.ROOT, "Rejection ABC with local-linear regression adjustment (Beaumont et al. 2002): "
                + "%d simulations, one seeded run each (seeds RunSeeds.of(%d, run_id)), parameters drawn from the uniform "
                + "prior by MersenneTwister(%d); the nearest %d (--accept %s, acceptance rate %s) kept with Epanechnikov "
                + "weights, h = %s.%n%n", r.simulations(), seed, seed, r.accepted(), Numbers.format(accept),
                Numbers.format((double) r.accepted() / r.simulations()), Numbers.format(post.distance()[r.accepted() - 1])));
        b.append(post.regressed() ? "The kept parameters (logit scale within their range) were regressed on the scaled "
                + "statistics and adjusted to the observed ones.\n\n"
                : "The regression was singular: the posterior is the weighted rejection sample, unadjusted.\n\n");
        b.append("Distance: Euclidean norm over the targets of (simulated - observed) / tolerance. Targets: ")
                .append(String.join(", ", targets.stream().map(Targets.Target::name).toList())).append(".\n");
        if (!fixed.isEmpty()) b.append("Fixed: ").append(fixed).append(".\n");
        if (until != null) b.append("Runs end in December ").append(until).append(".\n");
        b.append("\n| parameter | prior | mean | median | 95% credible interval |\n|---|---|---|---|---|\n");
        for (Calibration.Param p : params) {
            double[] s = r.summaries().get(p.path());
            b.append("| ").append(p.path()).append(" | U(").append(Numbers.format(p.lo())).append(", ")
                    .append(Numbers.format(p.hi())).append(") | ").append(Numbers.format(s[0])).append(" | ")
                    .append(Numbers.format(s[1])).append(" | ").append(Numbers.format(s[2])).append(" to ")
                    .append(Numbers.format(s[3])).append(" |\n");
        }
        b.append("\nThe kept, adjusted samples and their weights are in posterior.csv; every simulation is in runs.csv, "
                + "its run in runs/ (a rerun of the same command reuses them). Figure: posterior.png / posterior.svg.\n");
        return b.toString();
    }
}
