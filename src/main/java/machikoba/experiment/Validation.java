package machikoba.experiment;

import machikoba.model.District;

import machikoba.chart.BandChart;
import machikoba.chart.Charts;
import machikoba.observe.Metric;
import machikoba.observe.YearlyChange;
import machikoba.scenario.Scenario;
import machikoba.scenario.ScenarioError;
import machikoba.scenario.ScenarioLoader;
import machikoba.scenario.Targets;
import org.apache.commons.math3.distribution.TDistribution;
import org.apache.commons.math3.stat.descriptive.DescriptiveStatistics;
import org.apache.commons.math3.stat.descriptive.SummaryStatistics;

import java.io.IOException;
import java.io.Serializable;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Runs N replications of each scenario (replication r uses seed r, so a validation can be
 * repeated exactly), evaluates each scenario's targets on every replication, and reports
 * the simulated mean with its 95% confidence interval against the observed figure. A target
 * passes when the simulated mean lies within the tolerance of the observed figure; a
 * relative target passes when the mean lies on the required side of the other scenario's; a
 * sign target ({@code negative_slope}) when the mean of the per-run slopes is below 0. Each
 * replication is one task on an engine (a fixed thread pool, or Spark tasks); results come
 * back in replication order, so neither thread count nor engine changes the report.
 */
public final class Validation {
    public record Row(String scenario, String target, String kind, double observed, double simMean, double ciLow,
                      double ciHigh, double tolerance, boolean pass, String source) { }

    public record Report(List<Row> rows, long nanos, int replications) {
        public boolean allPass() { return rows.stream().allMatch(Row::pass); }

        /** The targets missed, one "scenario/target: simulated x vs y" each, joined by "; "; empty when all pass. */
        public String failures() {
            return rows.stream().filter(x -> !x.pass())
                    .map(x -> x.scenario() + "/" + x.target() + ": simulated " + x.simMean() + " vs " + x.observed())
                    .collect(Collectors.joining("; "));
        }
    }

    private record District(Path file, Scenario scenario, Targets targets) { }

    private Validation() { }

    public static Report run(List<Path> scenarioFiles, int replications, int threads, Path outDir) throws IOException {
        return run(scenarioFiles, replications, threads, outDir, null);
    }

    /** The same, with the command's provenance (exit status 0 when every target passes, 1 otherwise) in the folder. */
    public static Report run(List<Path> scenarioFiles, int replications, int threads, Path outDir, Provenance provenance)
            throws IOException {
        return run(scenarioFiles, replications, new BatchRunner.Threads(threads), outDir, provenance);
    }

    /** The same, the replications computed on the given engine (threads here, or Spark tasks); the same files either way. */
    public static Report run(List<Path> scenarioFiles, int replications, BatchRunner.Engine engine, Path outDir,
                             Provenance provenance) throws IOException {
        long t0 = System.nanoTime();
        List<District> districts = new ArrayList<>();
        Set<String> columns = Set.copyOf(Metric.columns());
        for (Path f : scenarioFiles) {
            Scenario s = ScenarioLoader.load(f);
            Path tf = Targets.fileFor(f);
            if (!Files.exists(tf)) throw new ScenarioError(tf.toString(), 0, "", "expected a targets file beside the scenario, " + tf + ", got no such file");
            districts.add(new District(f, s, Targets.load(tf, columns, s)));
        }
        checkRelativeTargets(districts);
        List<List<List<double[]>>> runs = simulate(districts, replications, engine);

        Map<String, double[]> values = new LinkedHashMap<>();   // "scenario/target" -> value per replication
        for (int i = 0; i < districts.size(); i++) {
            for (Targets.Target t : districts.get(i).targets().targets()) {
                double[] v = new double[replications];
                for (int r = 0; r < replications; r++) v[r] = evaluate(t, runs.get(i).get(r));
                values.put(districts.get(i).scenario().name() + "/" + t.name(), v);
            }
        }
        List<Row> rows = new ArrayList<>();
        for (District d : districts) {
            for (Targets.Target t : d.targets().targets()) {
                double[] v = values.get(d.scenario().name() + "/" + t.name());
                double[] ci = meanCi(v);
                if (t.sign()) {
                    // only the sign is a fair target (see Targets): the mean slope over replications must be below 0
                    rows.add(new Row(d.scenario().name(), t.name(), "slope < 0", 0, ci[0], ci[1], ci[2], Double.NaN,
                            passes(t, ci[0], Double.NaN), t.source()));
                } else if (t.relative()) {
                    double[] other = values.get(t.than() + "/" + t.name());
                    double otherMean = meanCi(other)[0];
                    rows.add(new Row(d.scenario().name(), t.name(), t.kind() + " " + t.than(), otherMean, ci[0], ci[1], ci[2],
                            Double.NaN, passes(t, ci[0], otherMean), t.source()));
                } else {
                    rows.add(new Row(d.scenario().name(), t.name(), t.kind(), t.observed(), ci[0], ci[1], ci[2],
                            t.tolerance(), passes(t, ci[0], Double.NaN), t.source()));
                }
            }
        }
        Report report = new Report(rows, System.nanoTime() - t0, replications);
        try (OutputFolder folder = new OutputFolder(outDir)) {
            writeCsv(report, folder.staging().resolve("validation.csv"));
            writeMarkdown(report, districts, folder.staging().resolve("validation.md"));
            for (int i = 0; i < districts.size(); i++) chart(districts.get(i), runs.get(i), folder.staging());
            if (provenance != null) provenance.write(folder.staging(), report.allPass() ? 0 : 1, null);
            folder.commit();
        }
        return report;
    }

    /**
     * Whether a target passes on the mean of its statistic over replications: a sign target when the
     * mean is below 0 (NaN, a run without the years, fails); a relative one when the mean lies on its
     * side of the other scenario's mean; any other when the mean lies within the tolerance of the
     * observed figure.
     */
    static boolean passes(Targets.Target t, double mean, double otherMean) {
        if (t.sign()) return mean < 0;
        if (t.relative()) return t.kind().equals("below") ? mean < otherMean : mean > otherMean;
        return Math.abs(mean - t.observed()) <= t.tolerance();
    }

    /** A relative target compares with a scenario of the same call that has a target of its name. */
    private static void checkRelativeTargets(List<District> districts) {
        java.util.Set<String> known = new java.util.HashSet<>();
        for (District d : districts) for (Targets.Target t : d.targets().targets()) known.add(d.scenario().name() + "/" + t.name());
        for (District d : districts) {
            List<Targets.Target> ts = d.targets().targets();
            for (int i = 0; i < ts.size(); i++) {
                Targets.Target t = ts.get(i);
                if (t.relative() && !known.contains(t.than() + "/" + t.name())) throw Targets.noSuchOther(Targets.fileFor(d.file()), i, t);
            }
        }
    }

    /**
     * Replication r of a scenario, with seed r. Its scenario travels as a plan's portable form
     * (made again once per JVM where it runs); in this process the loaded scenario is used as is.
     */
    private static final class Replica implements Serializable {
        private static final long serialVersionUID = 1L;
        final BatchPlan.Portable plan;
        final long seed;
        final transient Scenario here;

        Replica(BatchPlan.Portable plan, long seed, Scenario here) {
            this.plan = plan;
            this.seed = seed;
            this.here = here;
        }

        ArrayList<double[]> rows() {
            Scenario s = here != null ? here : plan.here().scenario(0);
            return new ArrayList<>(SingleRun.run(s, seed, null).rows());
        }

        @Override
        public String toString() { return plan.scenarioName() + " seed " + seed; }
    }

    /** Each scenario's replications in replication order, computed as one task each on the engine. */
    private static List<List<List<double[]>>> simulate(List<District> districts, int replications, BatchRunner.Engine engine)
            throws IOException {
        List<Replica> replicas = new ArrayList<>();
        for (District d : districts) {
            BatchPlan.Portable plan = new BatchPlan(d.file(), List.of(), List.of(Map.of()), replications, 0, null, List.of()).portable();
            for (int r = 0; r < replications; r++) replicas.add(new Replica(plan, r + 1, d.scenario()));
        }
        List<List<double[]>> all = new ArrayList<>();
        engine.each(replicas, Replica::rows, all::add);
        List<List<List<double[]>>> out = new ArrayList<>();
        for (int i = 0; i < districts.size(); i++) out.add(all.subList(i * replications, (i + 1) * replications));
        return out;
    }

    /** A target's statistic on one run's monthly rows (see {@link Targets} for each kind). */
    static double evaluate(Targets.Target t, List<double[]> rows) {
        Metric metric = Metric.named(t.column());
        if (t.yearlyChange()) return YearlyChange.of(rows, metric, t.from(), t.to());
        switch (t.kind()) {
            case "ratio" -> {
                int first = t.months() == null ? 1 : t.months().get(0), last = t.months() == null ? 12 : t.months().get(1);
                double base = YearlyChange.monthSum(rows, metric, t.from(), first, last);
                return base > 0 ? YearlyChange.monthSum(rows, metric, t.to(), first, last) / base : Double.NaN;
            }
            case "peak_year" -> { return YearlyChange.peakYear(rows, metric, t.from(), t.to()); }
            case "years_below" -> { return YearlyChange.shareOfYearsBelow(rows, metric, Metric.named(t.against()), t.from(), t.to()); }
            case "negative_slope" -> { return YearlyChange.growthSlope(rows, metric, Metric.named(t.against()), t.from(), t.to()); }
            default -> { }
        }
        SummaryStatistics s = new SummaryStatistics();
        for (int y = t.from(); y <= t.to(); y++) s.addValue(YearlyChange.yearMean(rows, metric, y));
        return s.getMean();
    }

    /** Mean and 95% confidence interval of the mean (Student's t). */
    static double[] meanCi(double[] v) {
        SummaryStatistics s = new SummaryStatistics();
        for (double x : v) s.addValue(x);
        if (v.length < 2) return new double[] {s.getMean(), s.getMean(), s.getMean()};
        double half = new TDistribution(v.length - 1).inverseCumulativeProbability(0.975) * s.getStandardDeviation() / Math.sqrt(v.length);
        return new double[] {s.getMean(), s.getMean() - half, s.getMean() + half};
    }

    private static void writeCsv(Report report, Path file) throws IOException {
        List<Object[]> rows = new ArrayList<>();
        for (Row r : report.rows()) {
            rows.add(new Object[] {r.scenario(), r.target(), r.observed(), r.simMean(), r.ciLow(), r.ciHigh(),
                Double.isNaN(r.tolerance()) ? r.kind() : Numbers.format(r.tolerance()), r.pass()});
        }
        RunFiles.writeCsv(file, new String[] {"scenario", "target", "observed", "sim_mean", "ci_low", "ci_high", "tolerance", "pass"}, rows);
    }

    private static void writeMarkdown(Report report, List<District> districts, Path file) throws IOException {
        StringBuilder b = new StringBuilder();
        long passed = report.rows().stream().filter(Row::pass).count();
        b.append("# Validation\n\n");
        b.append(String.format(Locale.ROOT, "%d of %d targets pass; %d replications per scenario (seeds 1-%d).%n%n",
                passed, report.rows().size(), report.replications(), report.replications()));
        b.append("A target passes when the simulated mean lies within the tolerance of the observed figure; ")
                .append("a relative target when the mean lies on the required side of the other scenario's mean; ")
                .append("a slope target when the mean slope is below 0. ")
                .append("The interval is the 95% confidence interval of the simulated mean.\n\n");
        b.append("| scenario | target | observed | simulated mean | 95% CI | tolerance | pass | source |\n");
        b.append("|---|---|---|---|---|---|---|---|\n");
        for (Row r : report.rows()) {
            boolean rel = Double.isNaN(r.tolerance()), sign = r.kind().startsWith("slope");
            b.append(String.format(Locale.ROOT, "| %s | %s | %s | %s | %s to %s | %s | %s | %s |%n", r.scenario(), r.target(),
                    sign ? r.kind() : rel ? r.kind() + " (" + Numbers.format(r.observed()) + ")" : Numbers.format(r.observed()),
                    Numbers.format(r.simMean()), Numbers.format(r.ciLow()), Numbers.format(r.ciHigh()),
                    rel ? "-" : Numbers.format(r.tolerance()), r.pass() ? "yes" : "**no**", r.source()));
        }
        b.append("\nCharts: ");
        for (District d : districts) b.append("`firms-").append(d.scenario().name()).append(".png` ");
        b.append("(mean and 90% band over replications against the census points).\n");
        Files.writeString(file, b.toString());
    }

    /** Firm count per month: mean and 5th-95th percentile over replications, census points on top. */
    private static void chart(District d, List<List<double[]>> runs, Path dir) throws IOException {
        int months = runs.get(0).size();
        double[] x = new double[months], mean = new double[months], lo = new double[months], hi = new double[months];
        for (int m = 0; m < months; m++) {
            DescriptiveStatistics s = new DescriptiveStatistics();
            for (List<double[]> run : runs) s.addValue(Metric.FIRMS.of(run.get(m)));
            x[m] = Metric.YEAR.of(runs.get(0).get(m)) + (Metric.MONTH.of(runs.get(0).get(m)) - 1) / 12.0;
            mean[m] = s.getMean();
            lo[m] = s.getPercentile(5);
            hi[m] = s.getPercentile(95);
        }
        List<Targets.CensusPoint> pts = d.targets().census();
        double[] px = pts.stream().mapToDouble(p -> p.year() + 0.5).toArray();
        double[] py = pts.stream().mapToDouble(Targets.CensusPoint::firms).toArray();
        Charts.png(BandChart.of("Firms alive — " + d.scenario().name() + ", " + runs.size() + " replications",
                "firms", "simulated: mean and 90% band", x, mean, lo, hi, "census", px, py), dir.resolve("firms-" + d.scenario().name() + ".png"));
    }
}
