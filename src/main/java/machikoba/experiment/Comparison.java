package machikoba.experiment;

import machikoba.chart.Charts;
import machikoba.chart.DifferenceChart;
import machikoba.scenario.ScenarioError;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A policy comparison: the baseline and each variant (the baseline with some values changed, e.g.
 * a lever switched on) run on the same seeds — replication r of every variant on
 * {@code RunSeeds.of(seed, r)}, common random numbers — so that a difference between two runs
 * of a pair is the policy's doing, not the dice's. Each variant's difference from the baseline is
 * the mean of the pairs' differences with a paired 95% interval ({@link PairedDifference}).
 * <p>
 * Like a batch it is resumable and parallel: each finished run is kept in {@code runs/} (its
 * yearly rows, {@link PolicyRun}), a restart with the same command runs only the missing runs,
 * and every output is the same, byte for byte, on any number of threads. Every variant's scenario
 * is loaded and checked before anything is written.
 */
public final class Comparison {
    public static final String BASELINE = "baseline";
    public static final List<String> COLUMNS = List.of("variant", "metric", "year_from", "year_to", "baseline_mean",
            "variant_mean", "difference", "ci_low", "ci_high", "relative_change", "public_cost");

    /** A variant: its name and the values it changes (by YAML path). */
    public record Variant(String name, Map<String, String> overrides) { }

    private final BatchPlan plan;
    private final List<String> names = new ArrayList<>();
    private final int from;

    /**
     * @param fixed values every variant and the baseline share ({@code --set})
     * @param from  first year of the window the headline rows sum or read over (null: the scenario's start)
     */
    public Comparison(Path scenarioFile, Map<String, String> fixed, List<Variant> variants, int replications,
                      long seed, Integer until, Integer from) {
        names.add(BASELINE);
        Set<String> paths = new LinkedHashSet<>(fixed.keySet());
        List<Map<String, String>> points = new ArrayList<>();
        points.add(new LinkedHashMap<>(fixed));
        List<String> describe = new ArrayList<>();
        for (Map.Entry<String, String> e : fixed.entrySet()) describe.add("set: " + e.getKey() + "=" + e.getValue());
        for (Variant v : variants) {
            if (names.contains(v.name())) throw new ScenarioError("--variant", 0, v.name(), "expected a name not used before (nor 'baseline'), got it again");
            names.add(v.name());
            Map<String, String> p = new LinkedHashMap<>(fixed);
            p.putAll(v.overrides());
            paths.addAll(v.overrides().keySet());
            points.add(p);
            describe.add("variant: " + v.name() + ": " + v.overrides());
        }
        if (replications < 2) throw new ScenarioError("--replications", 0, "", "expected a whole number >= 2 (an interval needs two pairs), got " + replications);
        plan = new BatchPlan(scenarioFile, new ArrayList<>(paths), points, replications, seed, until, describe, true);
        int start = plan.scenario(0).period().start();
        int end = until == null ? plan.scenario(0).period().end() : until;
        if (from != null && (from < start || from > end)) {
            throw new ScenarioError("--from", 0, "", "expected a year from " + start + " to " + end + ", got " + from);
        }
        this.from = from == null ? start : from;
    }

    /** Parses {@code NAME:path=value[,path=value...]}. */
    public static Variant parseVariant(String text) {
        int colon = text.indexOf(':');
        String name = colon < 0 ? "" : text.substring(0, colon).trim();
        if (colon <= 0 || !name.matches("[A-Za-z0-9_.-]+") || colon == text.length() - 1) {
            throw new ScenarioError("--variant", 0, text, "expected NAME:path=value[,path=value...] with a name of letters, digits, '-', '_' or '.', e.g. salespersons:policy.salespersons.visitsPerYear=200");
        }
        if (name.equals(BASELINE)) throw new ScenarioError("--variant", 0, text, "expected a name other than 'baseline' (the runs without changes), got 'baseline'");
        Map<String, String> overrides = new LinkedHashMap<>();
        for (String part : text.substring(colon + 1).split(",")) {
            int eq = part.indexOf('=');
            if (eq <= 0 || eq == part.length() - 1) {
                throw new ScenarioError("--variant", 0, name, "expected path=value, got '" + part + "'");
            }
            String path = part.substring(0, eq).trim();
            if (overrides.put(path, part.substring(eq + 1).trim()) != null) {
                throw new ScenarioError("--variant", 0, name, "expected each path once, got " + path + " twice");
            }
        }
        return new Variant(name, overrides);
    }

    public BatchPlan plan() { return plan; }
    public List<String> names() { return names; }

    /** Runs the runs that are not finished yet. */
    public BatchRunner.Outcome run(Path out, int threads, Progress progress) throws IOException {
        BatchRunner.prepare(plan, out);
        List<Integer> missing = new ArrayList<>();
        for (int id = 0; id < plan.runCount(); id++) if (!Files.exists(runFile(out, id))) missing.add(id);
        int done = plan.runCount() - missing.size();
        progress.start(plan.runCount(), done);
        try (BatchRunner.Threads engine = new BatchRunner.Threads(threads)) {
            engine.each(missing, id -> new BatchRunner.RunText(id, compute(id), ""), r -> {
                AtomicFile.write(runFile(out, r.runId()), w -> w.write(r.rows()));
                progress.runDone();
            });
        } finally {
            progress.finish();
        }
        return new BatchRunner.Outcome(plan.runCount(), done, missing.size());
    }

    static Path runFile(Path out, int runId) { return BatchRunner.runsDir(out).resolve(String.format("run-%06d.years.csv", runId)); }

    private String compute(int runId) throws IOException {
        BatchPlan.Run run = plan.run(runId);
        StringBuilder s = new StringBuilder();
        CSVPrinter p = new CSVPrinter(s, BatchRunner.CSV);
        List<String> header = new ArrayList<>(List.of("run_id", "variant", "replication", "seed", "year"));
        header.addAll(PolicyMetric.columns());
        p.printRecord(header);
        for (double[] y : PolicyRun.run(plan.scenario(run.pointId()), run.seed(), plan.until())) {
            p.print(run.runId());
            p.print(names.get(run.pointId()));
            p.print(run.replication());
            p.print(run.seed());
            for (double v : y) p.print(Numbers.format(v));
            p.println();
        }
        return s.toString();
    }

    /** Each run's yearly values: [variant][replication][year index][metric]; years in {@code years}. */
    private double[][][][] read(Path out, List<Integer> years) throws IOException {
        int k = PolicyMetric.values().length;
        double[][][][] v = new double[names.size()][plan.replications()][][];
        for (int id = 0; id < plan.runCount(); id++) {
            BatchPlan.Run run = plan.run(id);
            List<double[]> rows = new ArrayList<>();
            try (CSVParser csv = CSVParser.parse(new StringReader(Files.readString(runFile(out, id), StandardCharsets.UTF_8)),
                    CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).build())) {
                for (CSVRecord r : csv) {
                    double[] row = new double[k];
                    for (int m = 0; m < k; m++) row[m] = Double.parseDouble(r.get(5 + m));
                    rows.add(row);
                    if (id == 0) years.add(Integer.parseInt(r.get(4)));
                }
            }
            v[run.pointId()][run.replication()] = rows.toArray(new double[0][]);
        }
        return v;
    }

    /** A metric over the years {@code a..b} (indices): a stock's value at b, a flow's sum. */
    private static double window(double[][] run, PolicyMetric m, int a, int b) {
        if (!m.flow) return run[b][m.ordinal()];
        double s = 0;
        for (int i = a; i <= b; i++) s += run[i][m.ordinal()];
        return s;
    }

    /** One row of comparison.csv (before formatting), and the interval the same runs would give as independent samples. */
    public record Row(String variant, PolicyMetric metric, int yearFrom, int yearTo, PairedDifference diff, double publicCost,
                      boolean window) { }

    /** Every comparison row: per variant and metric, the window first, then each year. */
    public List<Row> rows(Path out) throws IOException {
        List<Integer> years = new ArrayList<>();
        double[][][][] v = read(out, years);
        int last = years.size() - 1, first = Math.max(0, years.indexOf(from));
        List<Row> rows = new ArrayList<>();
        for (int var = 1; var < names.size(); var++) {
            for (PolicyMetric m : PolicyMetric.values()) {
                rows.add(row(v, var, m, first, last, years, true));
                for (int y = 0; y <= last; y++) rows.add(row(v, var, m, y, y, years, false));
            }
        }
        return rows;
    }

    private Row row(double[][][][] v, int var, PolicyMetric m, int a, int b, List<Integer> years, boolean window) {
        int n = plan.replications();
        double[] base = new double[n], variant = new double[n];
        double cost = 0;
        for (int r = 0; r < n; r++) {
            base[r] = window(v[0][r], m, a, b);
            variant[r] = window(v[var][r], m, a, b);
            cost += window(v[var][r], PolicyMetric.PUBLIC_COST, a, b) / n;
        }
        return new Row(names.get(var), m, years.get(a), years.get(b), PairedDifference.of(base, variant), cost, window);
    }

    /** Writes comparison.csv, comparison.md and (with figures) figures/difference-METRIC.png and .svg. */
    public void write(Path out, boolean figures) throws IOException {
        List<Row> rows = rows(out);
        AtomicFile.write(out.resolve("comparison.csv"), w -> {
            CSVPrinter p = new CSVPrinter(w, BatchRunner.CSV);
            p.printRecord(COLUMNS);
            for (Row r : rows) {
                PairedDifference d = r.diff();
                p.printRecord(r.variant(), r.metric().column(), r.yearFrom(), r.yearTo(), Numbers.format(d.baselineMean()),
                        Numbers.format(d.variantMean()), Numbers.format(d.difference()), Numbers.format(d.ciLow()),
                        Numbers.format(d.ciHigh()), Numbers.format(d.relativeChange()), Numbers.format(r.publicCost()));
            }
            p.flush();
        });
        AtomicFile.write(out.resolve("comparison.md"), w -> w.write(markdown(rows)));
        if (!figures) return;
        Path dir = out.resolve("figures");
        Files.createDirectories(dir);
        for (PolicyMetric m : PolicyMetric.values()) {
            Map<String, double[][]> series = new LinkedHashMap<>();
            for (int var = 1; var < names.size(); var++) {
                List<Row> years = new ArrayList<>();
                for (Row r : rows) if (r.variant().equals(names.get(var)) && r.metric() == m && !r.window()) years.add(r);
                double[][] s = new double[4][years.size()];
                for (int i = 0; i < years.size(); i++) {
                    s[0][i] = years.get(i).yearTo();
                    s[1][i] = years.get(i).diff().difference();
                    s[2][i] = years.get(i).diff().ciLow();
                    s[3][i] = years.get(i).diff().ciHigh();
                }
                series.put(names.get(var), s);
            }
            var chart = DifferenceChart.of(plan.scenarioName() + ": " + m.column() + ", variant - baseline (95% paired band)",
                    m.column() + " difference", series);
            AtomicFile.writeVia(dir.resolve("difference-" + m.column() + ".png"), f -> Charts.png(chart, f));
            AtomicFile.writeVia(dir.resolve("difference-" + m.column() + ".svg"), f -> Charts.svg(chart, f));
        }
    }

    private String markdown(List<Row> rows) {
        StringBuilder s = new StringBuilder();
        s.append("# Policy comparison: ").append(plan.scenarioName()).append("\n\n");
        s.append(plan.replications()).append(" replications of each variant on the same seeds (RunSeeds.of(")
                .append(plan.baseSeed()).append(", r), r = 0..").append(plan.replications() - 1).append("); differences are variant - baseline, ")
                .append("mean over pairs with a paired 95% interval (Student's t).\n\n");
        s.append("- scenario: ").append(plan.scenarioFile().getFileName()).append(" (sha256 ").append(plan.scenarioHash(), 0, 12)
                .append("), until ").append(plan.until() == null ? "the end" : plan.until()).append('\n');
        for (String d : plan.describe()) s.append("- ").append(d).append('\n');
        s.append("\n## Over ").append(from).append('-').append(rows.isEmpty() ? from : lastYear(rows)).append(" (stocks in the last year, flows summed)\n\n");
        s.append("| variant | metric | baseline | variant | difference [95% CI] | relative | public cost ¥M |\n|---|---|---|---|---|---|---|\n");
        List<Double> ratios = new ArrayList<>();
        for (Row r : rows) {
            if (!r.window()) continue;
            PairedDifference d = r.diff();
            s.append(String.format(Locale.ROOT, "| %s | %s | %s | %s | %s [%s, %s]%s | %s | %s |%n", r.variant(), r.metric().column(),
                    fmt(d.baselineMean()), fmt(d.variantMean()), fmt(d.difference()), fmt(d.ciLow()), fmt(d.ciHigh()),
                    d.ciLow() > 0 || d.ciHigh() < 0 ? " *" : "", pct(d.relativeChange()), fmt(r.publicCost())));
            if (d.independentWidth() > 0) ratios.add(d.pairedWidth() / d.independentWidth());
        }
        s.append("\n`*`: the interval excludes zero.\n\n## Paired against independent intervals\n\n");
        if (ratios.isEmpty()) {
            s.append("No metric varied between replications.\n");
        } else {
            double[] x = ratios.stream().mapToDouble(Double::doubleValue).sorted().toArray();
            s.append(String.format(Locale.ROOT, "Width of the paired interval over that of Welch's interval on the same runs, "
                    + "as if baseline and variant had independent seeds, over the %d window rows with any spread: "
                    + "median %.3f, range %.3f-%.3f.%n", x.length, x[x.length / 2], x[0], x[x.length - 1]));
        }
        return s.toString();
    }

    private static int lastYear(List<Row> rows) {
        int y = 0;
        for (Row r : rows) y = Math.max(y, r.yearTo());
        return y;
    }

    private static String fmt(double v) {
        if (Double.isNaN(v)) return "-";
        return Math.abs(v) >= 100 ? String.format(Locale.ROOT, "%.0f", v) : Math.abs(v) >= 1 ? String.format(Locale.ROOT, "%.2f", v)
                : String.format(Locale.ROOT, "%.4f", v);
    }

    private static String pct(double v) {
        return Double.isNaN(v) ? "-" : String.format(Locale.ROOT, "%+.1f%%", 100 * v);
    }
}
