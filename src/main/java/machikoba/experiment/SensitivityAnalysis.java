package machikoba.experiment;

import machikoba.chart.BatchCharts;
import machikoba.scenario.ScenarioError;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.math3.stat.descriptive.SummaryStatistics;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Global sensitivity of run metrics to scenario values: builds a Sobol (Saltelli) or Morris
 * design over the parameters' ranges, runs it as a batch (parallel, resumable, same seeds
 * whatever the thread count), and writes a ranking per metric: sensitivity.csv,
 * sensitivity.md and one bar chart per metric in figures/.
 */
public final class SensitivityAnalysis {
    public enum Method { sobol, morris }

    public static final int MORRIS_LEVELS = 4, BOOTSTRAP = 500;

    private final Path scenario;
    private final Map<String, String> fixed;
    private final List<SensitivityParameter> params;
    private final int samples, replications;
    private final List<String> metrics;
    private final Method method;
    private final long seed;
    private final Integer until;
    private final List<double[]> design;
    private final int[][] moved;

    public SensitivityAnalysis(Path scenario, Map<String, String> fixed, List<SensitivityParameter> params, int samples,
                               int replications, List<String> metrics, Method method, long seed, Integer until) {
        if (params.size() < 2) throw new ScenarioError("--param", 0, "", "expected at least two parameters");
        if (samples < 2) throw new ScenarioError("--samples", 0, "", "expected a whole number >= 2, got " + samples);
        for (String m : metrics) {
            if (RunMetrics.index(m) < 0) {
                throw new ScenarioError("--metric", 0, m, "unknown metric; expected one of " + String.join(", ", RunMetrics.NAMES));
            }
        }
        List<String> paths = new ArrayList<>();
        for (SensitivityParameter p : params) {
            if (paths.contains(p.path())) throw new ScenarioError("--param", 0, p.path(), "given twice");
            paths.add(p.path());
        }
        this.scenario = scenario;
        this.fixed = new LinkedHashMap<>(fixed);
        this.params = List.copyOf(params);
        this.samples = samples;
        this.replications = replications;
        this.metrics = List.copyOf(metrics);
        this.method = method;
        this.seed = seed;
        this.until = until;
        int k = params.size();
        this.moved = new int[samples][];
        this.design = method == Method.sobol ? SobolIndices.design(k, samples)
                : MorrisEffects.design(k, samples, MORRIS_LEVELS, seed, moved);
    }

    /** The batch that runs the design: one point per design row. */
    public BatchPlan plan() {
        List<Map<String, String>> points = new ArrayList<>();
        for (double[] u : design) {
            Map<String, String> p = new LinkedHashMap<>(fixed);
            for (int i = 0; i < params.size(); i++) p.put(params.get(i).path(), params.get(i).valueAt(u[i]));
            points.add(p);
        }
        List<String> paths = new ArrayList<>(fixed.keySet());
        for (SensitivityParameter p : params) if (!paths.contains(p.path())) paths.add(p.path());
        List<String> describe = new ArrayList<>();
        describe.add("sensitivity: " + method + ", samples " + samples);
        for (Map.Entry<String, String> e : fixed.entrySet()) describe.add("set: " + e.getKey() + "=" + e.getValue());
        for (SensitivityParameter p : params) {
            describe.add("param: " + p.path() + "=" + Numbers.format(p.low()) + ":" + Numbers.format(p.high()));
        }
        return new BatchPlan(scenario, paths, points, replications, seed, until, describe);
    }

    public int runs() { return design.size() * replications; }

    /** One ranked row: a metric, a parameter and its indices (Sobol: S1, ST with CIs; Morris: mu, mu*, sigma). */
    public record Row(String metric, int rank, SensitivityParameter parameter, double[] values) { }

    public static String[] columns(Method m) {
        return m == Method.sobol ? new String[] {"S1", "S1_ci_low", "S1_ci_high", "ST", "ST_ci_low", "ST_ci_high"}
                : new String[] {"mu", "mu_star", "sigma"};
    }

    /** Computes the ranking from the finished batch in {@code out} and writes its files. */
    public List<Row> analyse(BatchPlan plan, Path out) throws IOException {
        double[][] runMetrics = BatchRunner.metrics(plan, out);
        int k = params.size();
        List<Row> rows = new ArrayList<>();
        Map<String, double[]> spread = new LinkedHashMap<>();
        for (String metric : metrics) {
            int mi = RunMetrics.index(metric);
            double[] f = new double[design.size()];
            SummaryStatistics within = new SummaryStatistics();
            for (int point = 0; point < design.size(); point++) {
                SummaryStatistics reps = new SummaryStatistics();
                for (int r = 0; r < replications; r++) reps.addValue(runMetrics[point * replications + r][mi]);
                f[point] = reps.getMean();
                if (replications > 1) within.addValue(reps.getVariance());
            }
            // run-to-run noise of a design point's mean, as a share of the metric's variance over
            // the design: the floor under every total index, since noise looks like interaction
            SummaryStatistics all = new SummaryStatistics();
            for (double v : f) all.addValue(v);
            double noise = replications > 1 ? within.getMean() / replications / all.getPopulationVariance() : Double.NaN;
            spread.put(metric, new double[] {all.getMean(), all.getPopulationVariance(), noise});
            double[][] values = new double[k][];
            if (method == Method.sobol) {
                SobolIndices.Index[] ix = SobolIndices.estimate(f, k, samples, seed, BOOTSTRAP);
                for (int i = 0; i < k; i++) {
                    values[i] = new double[] {ix[i].s1(), ix[i].s1Low(), ix[i].s1High(), ix[i].st(), ix[i].stLow(), ix[i].stHigh()};
                }
            } else {
                MorrisEffects.Effect[] e = MorrisEffects.estimate(f, k, samples, MORRIS_LEVELS, moved);
                for (int i = 0; i < k; i++) values[i] = new double[] {e[i].mu(), e[i].muStar(), e[i].sigma()};
            }
            int key = method == Method.sobol ? 3 : 1; // rank by total index ST, or by mu*
            Integer[] order = new Integer[k];
            for (int i = 0; i < k; i++) order[i] = i;
            final double[][] v = values;
            Arrays.sort(order, Comparator.comparingDouble((Integer i) -> Double.isNaN(v[i][key]) ? Double.NEGATIVE_INFINITY : -v[i][key])
                    .thenComparingInt(i -> i));
            for (int r = 0; r < k; r++) rows.add(new Row(metric, r + 1, params.get(order[r]), values[order[r]]));
        }
        write(rows, spread, out);
        return rows;
    }

    private void write(List<Row> rows, Map<String, double[]> spread, Path out) throws IOException {
        String[] cols = columns(method);
        AtomicFile.write(out.resolve("sensitivity.csv"), w -> {
            CSVPrinter p = new CSVPrinter(w, BatchRunner.CSV);
            List<String> header = new ArrayList<>(List.of("method", "metric", "rank", "parameter", "low", "high"));
            header.addAll(List.of(cols));
            p.printRecord(header);
            for (Row r : rows) {
                p.print(method);
                p.print(r.metric());
                p.print(r.rank());
                p.print(r.parameter().path());
                p.print(Numbers.format(r.parameter().low()));
                p.print(Numbers.format(r.parameter().high()));
                for (double v : r.values()) p.print(Numbers.format(v));
                p.println();
            }
            p.flush();
        });
        AtomicFile.write(out.resolve("sensitivity.md"), w -> w.write(markdown(rows, spread)));
        Path figs = out.resolve("figures");
        Files.createDirectories(figs);
        for (String metric : metrics) {
            List<String> labels = new ArrayList<>();
            List<double[]> bars = new ArrayList<>();
            for (Row r : rows) {
                if (!r.metric().equals(metric)) continue;
                labels.add(r.parameter().path());
                bars.add(method == Method.sobol ? new double[] {r.values()[0], r.values()[3]} : new double[] {r.values()[1], r.values()[2]});
            }
            String[] series = method == Method.sobol ? new String[] {"first order S1", "total ST"} : new String[] {"mu*", "sigma"};
            BatchCharts.ranking("Sensitivity of " + metric + " (" + method + ", " + samples + " samples)",
                    labels, series, bars, figs, "sensitivity_" + metric);
        }
    }

    String markdown(List<Row> rows, Map<String, double[]> spread) {
        StringBuilder s = new StringBuilder();
        s.append("# Sensitivity of ").append(scenario.getFileName()).append(" (").append(method).append(")\n\n");
        int k = params.size();
        s.append(String.format(Locale.ROOT, "%d parameters, %d %s, %d replication(s) per design point: %d runs.%n",
                k, samples, method == Method.sobol ? "base samples (Saltelli design, N (k + 2) points)"
                        : "trajectories (" + MORRIS_LEVELS + " levels, k + 1 points each)", replications, runs()));
        if (!fixed.isEmpty()) {
            List<String> f = new ArrayList<>();
            for (Map.Entry<String, String> e : fixed.entrySet()) f.add(e.getKey() + "=" + e.getValue());
            s.append("Fixed: ").append(String.join(", ", f)).append(".\n");
        }
        if (until != null) s.append("Runs end in December ").append(until).append(".\n");
        s.append(method == Method.sobol
                ? "Ranked by the total index ST (Jansen); S1 is the first-order index (Saltelli 2010); 95% bootstrap intervals.\n"
                : "Ranked by mu* (mean absolute elementary effect, in metric units per full parameter range).\n");
        s.append(replications > 1 ? "" : "Each run has its own seed and there is one run per design point, so the model's own noise "
                + "is part of every total index (a floor shared by all parameters); --replications 2 or more measures it.\n");
        String current = null;
        for (Row r : rows) {
            if (!r.metric().equals(current)) {
                current = r.metric();
                s.append("\n## ").append(current).append("\n\n");
                double[] sp = spread.get(current);
                s.append(String.format(Locale.ROOT, "Mean over the design %s, variance %s", Numbers.format(sp[0]), Numbers.format(sp[1])));
                s.append(Double.isNaN(sp[2]) ? ".\n\n" : String.format(Locale.ROOT,
                        "; run-to-run noise of a point's mean is %.1f%% of it.%n%n", 100 * sp[2]));
                s.append(method == Method.sobol ? "| rank | parameter | range | S1 [95% CI] | ST [95% CI] |\n|---|---|---|---|---|\n"
                        : "| rank | parameter | range | mu* | mu | sigma |\n|---|---|---|---|---|---|\n");
            }
            double[] v = r.values();
            String range = Numbers.format(r.parameter().low()) + " - " + Numbers.format(r.parameter().high());
            if (method == Method.sobol) {
                s.append(String.format(Locale.ROOT, "| %d | %s | %s | %.3f [%.3f, %.3f] | %.3f [%.3f, %.3f] |%n",
                        r.rank(), r.parameter().path(), range, v[0], v[1], v[2], v[3], v[4], v[5]));
            } else {
                s.append(String.format(Locale.ROOT, "| %d | %s | %s | %.4g | %.4g | %.4g |%n",
                        r.rank(), r.parameter().path(), range, v[1], v[0], v[2]));
            }
        }
        return s.toString();
    }
}
