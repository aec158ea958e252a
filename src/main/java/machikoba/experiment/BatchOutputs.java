package machikoba.experiment;

import machikoba.chart.BatchCharts;
import machikoba.observe.Metric;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.math3.distribution.TDistribution;
import org.apache.commons.math3.stat.descriptive.SummaryStatistics;
import org.apache.commons.math3.stat.descriptive.rank.Percentile;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Merges the finished run files of a batch into its tidy outputs, streaming in run-id order:
 * <ul>
 * <li>{@code runs.csv}: one row per run (ids, seed, parameters, {@link RunMetrics});</li>
 * <li>{@code timeseries.csv}: every run's monthly rows in long format, copied run by run;</li>
 * <li>{@code summary.csv}: per point, year and metric over the replications: n, mean, sd, 95% CI
 * of the mean (Student t), 5th and 95th percentiles. A run's value for a year is the mean of
 * its monthly values (census style), or the year's sum for flows (entries, exits);</li>
 * <li>{@code points.csv}: the same statistics of the run metrics per point;</li>
 * <li>{@code figures/}: fan charts per point and metric-vs-parameter charts of sweeps.</li>
 * </ul>
 * Only one point's replications are held at a time (years x metrics x replications numbers)
 * plus a few numbers per point for the sweep charts, so memory does not grow with the runs.
 * Every file appears whole via {@link AtomicFile}; the same run files always give the same bytes.
 */
public final class BatchOutputs {
    /** Metrics of summary.csv: the observer's columns less the clock. */
    static final List<Metric> SUMMARY_METRICS = summaryMetrics();
    /** Metrics drawn as fan charts per point, and as charts against swept parameters. */
    static final Metric[] FAN = {Metric.FIRMS, Metric.EMPLOYEES, Metric.PARENT_SHARE, Metric.PRICE_INDEX};
    static final String[] SWEEP = {"firms", "firms_yearly_change", "parent_share", "price_index"};

    private BatchOutputs() { }

    private static List<Metric> summaryMetrics() {
        List<Metric> m = new ArrayList<>(List.of(Metric.values()));
        m.removeAll(List.of(Metric.STEP, Metric.YEAR, Metric.MONTH));
        return List.copyOf(m);
    }

    /** Flows are summed over the year, stocks and shares averaged: the flows are those a run's total counts. */
    static boolean isFlow(Metric metric) { return List.of(RunMetrics.TOTAL).contains(metric); }

    /** Writes every merged file and figure of a complete batch. */
    public static void write(BatchPlan plan, Path out, boolean figures) throws IOException {
        writeRuns(plan, out);
        writeTimeseries(plan, out);
        writeSummaries(plan, out, figures);
    }

    public static void writeTimeseries(BatchPlan plan, Path out) throws IOException {
        List<String> ids = new ArrayList<>(List.of("run_id", "point_id", "seed"));
        ids.addAll(plan.paths());
        AtomicFile.write(out.resolve("timeseries.csv"), w -> {
            List<String> header = new ArrayList<>(ids);
            header.addAll(BatchRunner.METRIC_COLUMNS);
            new CSVPrinter(w, BatchRunner.CSV).printRecord(header);
            w.flush();
            for (int id = 0; id < plan.runCount(); id++) {
                try (Reader r = Files.newBufferedReader(BatchRunner.rowsFile(out, id), StandardCharsets.UTF_8)) {
                    r.transferTo(w);
                }
            }
        });
    }

    public static void writeRuns(BatchPlan plan, Path out) throws IOException {
        AtomicFile.write(out.resolve("runs.csv"), w -> {
            List<String> header = new ArrayList<>(List.of("run_id", "point_id", "replication", "seed"));
            header.addAll(plan.paths());
            header.addAll(List.of(RunMetrics.NAMES));
            new CSVPrinter(w, BatchRunner.CSV).printRecord(header);
            w.flush();
            for (int id = 0; id < plan.runCount(); id++) {
                try (Reader r = Files.newBufferedReader(BatchRunner.metricsFile(out, id), StandardCharsets.UTF_8)) {
                    r.transferTo(w);
                }
            }
        });
    }

    /** summary.csv, points.csv and the figures. */
    public static void writeSummaries(BatchPlan plan, Path out, boolean figures) throws IOException {
        Path figs = out.resolve("figures");
        if (figures) Files.createDirectories(figs);
        List<double[][]> pointStats = new ArrayList<>();
        AtomicFile.write(out.resolve("summary.csv"), w -> {
            CSVPrinter p = new CSVPrinter(w, BatchRunner.CSV);
            List<String> header = new ArrayList<>(List.of("point_id"));
            header.addAll(plan.paths());
            header.addAll(List.of("year", "metric", "n", "mean", "sd", "ci95_low", "ci95_high", "p05", "p95"));
            p.printRecord(header);
            for (int point = 0; point < plan.points().size(); point++) {
                double[][][] yearly = yearlyValues(plan, out, point); // [year][metric][replication]
                int firstYear = plan.scenario(point).period().start();
                Map<String, double[][]> fans = new LinkedHashMap<>();
                for (Metric f : FAN) fans.put(f.column(), new double[4][yearly.length]);
                for (int y = 0; y < yearly.length; y++) {
                    for (int m = 0; m < SUMMARY_METRICS.size(); m++) {
                        double[] s = stats(yearly[y][m]);
                        p.print(point);
                        for (String path : plan.paths()) p.print(plan.points().get(point).get(path));
                        p.print(firstYear + y);
                        p.print(SUMMARY_METRICS.get(m).column());
                        for (double v : s) p.print(Numbers.format(v));
                        p.println();
                        double[][] fan = fans.get(SUMMARY_METRICS.get(m).column());
                        if (fan != null) {
                            fan[0][y] = firstYear + y;
                            fan[1][y] = s[1];
                            fan[2][y] = s[5];
                            fan[3][y] = s[6];
                        }
                    }
                }
                if (figures) BatchCharts.fans(plan.scenarioName(), point, describe(plan, point), fans, figs);
            }
            p.flush();
        });
        AtomicFile.write(out.resolve("points.csv"), w -> {
            CSVPrinter p = new CSVPrinter(w, BatchRunner.CSV);
            List<String> header = new ArrayList<>(List.of("point_id"));
            header.addAll(plan.paths());
            header.addAll(List.of("metric", "n", "mean", "sd", "ci95_low", "ci95_high", "p05", "p95"));
            p.printRecord(header);
            int r = plan.replications();
            for (int point = 0; point < plan.points().size(); point++) {
                double[][] byMetric = new double[RunMetrics.NAMES.length][r];
                for (int rep = 0; rep < r; rep++) {
                    double[] v = readMetrics(out, point * r + rep, 4 + plan.paths().size());
                    for (int m = 0; m < v.length; m++) byMetric[m][rep] = v[m];
                }
                double[][] kept = new double[SWEEP.length][];
                for (int m = 0; m < RunMetrics.NAMES.length; m++) {
                    double[] s = stats(byMetric[m]);
                    p.print(point);
                    for (String path : plan.paths()) p.print(plan.points().get(point).get(path));
                    p.print(RunMetrics.NAMES[m]);
                    for (double v : s) p.print(Numbers.format(v));
                    p.println();
                    for (int k = 0; k < SWEEP.length; k++) if (SWEEP[k].equals(RunMetrics.NAMES[m])) kept[k] = s;
                }
                pointStats.add(kept);
            }
            p.flush();
        });
        if (figures) {
            BatchCharts.sweeps(plan.scenarioName(), plan.points(), sweptAxes(plan), SWEEP, pointStats, figs);
        }
    }

    /** Paths that take more than one value across the points, in column order. */
    static List<String> sweptAxes(BatchPlan plan) {
        List<String> out = new ArrayList<>();
        for (String path : plan.paths()) {
            String first = plan.points().get(0).get(path);
            for (Map<String, String> p : plan.points()) {
                if (!p.get(path).equals(first)) { out.add(path); break; }
            }
        }
        return out;
    }

    static String describe(BatchPlan plan, int point) {
        List<String> parts = new ArrayList<>();
        for (String path : sweptAxes(plan)) parts.add(path + "=" + plan.points().get(point).get(path));
        return parts.isEmpty() ? "" : String.join(", ", parts);
    }

    /** n, mean, sd, CI low, CI high, p05, p95 of one set of replications. */
    static double[] stats(double[] values) {
        SummaryStatistics s = new SummaryStatistics();
        for (double v : values) s.addValue(v);
        long n = s.getN();
        double mean = s.getMean(), sd = n > 1 ? s.getStandardDeviation() : Double.NaN;
        double half = n > 1 ? new TDistribution(n - 1).inverseCumulativeProbability(0.975) * sd / Math.sqrt(n) : Double.NaN;
        Percentile pct = new Percentile().withEstimationType(Percentile.EstimationType.R_7);
        pct.setData(values);
        return new double[] {n, mean, sd, mean - half, mean + half, pct.evaluate(5), pct.evaluate(95)};
    }

    /** Yearly values of one point's replications, read from their run files: [year][metric][replication]. */
    static double[][][] yearlyValues(BatchPlan plan, Path out, int point) throws IOException {
        int r = plan.replications();
        int offset = 3 + plan.paths().size();
        int yearCol = offset + Metric.YEAR.index();
        int firstYear = plan.scenario(point).period().start();
        int lastYear = plan.until() == null ? plan.scenario(point).period().end()
                : Math.min(plan.until(), plan.scenario(point).period().end());
        int years = lastYear - firstYear + 1, metrics = SUMMARY_METRICS.size();
        double[][][] out3 = new double[years][metrics][r];
        int[] cols = new int[metrics];
        for (int m = 0; m < metrics; m++) cols[m] = offset + SUMMARY_METRICS.get(m).index();
        for (int rep = 0; rep < r; rep++) {
            double[][] sum = new double[years][metrics];
            int[] months = new int[years];
            try (BufferedReader in = Files.newBufferedReader(BatchRunner.rowsFile(out, point * r + rep), StandardCharsets.UTF_8);
                 var parser = BatchRunner.CSV.parse(in)) {
                for (CSVRecord rec : parser) {
                    int y = (int) Double.parseDouble(rec.get(yearCol)) - firstYear;
                    months[y]++;
                    for (int m = 0; m < metrics; m++) sum[y][m] += Double.parseDouble(rec.get(cols[m]));
                }
            }
            for (int y = 0; y < years; y++) {
                for (int m = 0; m < metrics; m++) {
                    out3[y][m][rep] = isFlow(SUMMARY_METRICS.get(m)) ? sum[y][m]
                            : months[y] == 0 ? Double.NaN : sum[y][m] / months[y];
                }
            }
        }
        return out3;
    }

    static double[] readMetrics(Path out, int runId, int skip) throws IOException {
        try (BufferedReader in = Files.newBufferedReader(BatchRunner.metricsFile(out, runId), StandardCharsets.UTF_8);
             var parser = BatchRunner.CSV.parse(in)) {
            CSVRecord rec = parser.getRecords().get(0);
            double[] v = new double[RunMetrics.NAMES.length];
            for (int i = 0; i < v.length; i++) v[i] = Double.parseDouble(rec.get(skip + i));
            return v;
        }
    }
}
