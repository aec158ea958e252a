package machikoba.experiment;

import machikoba.chart.Charts;
import machikoba.observe.Metric;
import machikoba.observe.YearlyChange;
import machikoba.scenario.Scenario;
import machikoba.scenario.ScenarioLoader;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * The districts side by side: seeds 1..R of each scenario, from the start year to {@code until},
 * and for each the establishments indexed to the start year, the census-like yearly changes, the
 * share of firms with a parent (70%+ of sales to one buyer [IA-1999]) and exits by cause per 1,000
 * firms a year. Writes {@code districts.csv}, {@code districts.md} (the table), and
 * {@code districts.png} / {@code .svg} (the index, one line per district). It reads the observer's
 * rows only; the same command gives the same files on any number of threads.
 */
public final class DistrictComparison {
    private DistrictComparison() { }

    public static final List<String> COLUMNS = List.of("scenario", "establishments_start", "establishments_index_end",
            "establishments_change", "employees_change", "value_added_change", "parent_share_start", "parent_share_end",
            "exits_insolvency_per_1000", "exits_no_successor_per_1000", "exits_lost_parent_per_1000", "exits_other_per_1000");

    /** One district's figures, means over its replications. */
    public record Row(String scenario, double establishmentsStart, double indexEnd, double establishmentsChange,
                      double employeesChange, double valueAddedChange, double parentShareStart, double parentShareEnd,
                      double insolvency, double noSuccessor, double lostParent, double other, double[] years, double[] index) { }

    public static List<Row> run(List<Path> files, int replications, int until, int threads, Path out, Provenance provenance) throws Exception {
        List<Scenario> scenarios = new ArrayList<>();
        for (Path f : files) scenarios.add(ScenarioLoader.load(f));
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, threads));
        List<List<Future<SingleRun.Result>>> futures = new ArrayList<>();
        try {
            for (Scenario s : scenarios) {
                List<Future<SingleRun.Result>> runs = new ArrayList<>();
                for (long seed = 1; seed <= replications; seed++) {
                    final long k = seed;
                    runs.add(pool.submit(() -> SingleRun.run(s, k, until)));
                }
                futures.add(runs);
            }
            List<Row> rows = new ArrayList<>();
            for (int i = 0; i < scenarios.size(); i++) {
                List<List<double[]>> runs = new ArrayList<>();
                for (Future<SingleRun.Result> f : futures.get(i)) runs.add(f.get().rows());
                rows.add(row(scenarios.get(i), runs, until));
            }
            write(rows, out, provenance);
            return rows;
        } finally {
            pool.shutdownNow();
        }
    }

    static Row row(Scenario s, List<List<double[]>> runs, int until) {
        int start = s.period().start(), end = Math.min(until, s.period().end());
        int n = end - start + 1;
        double[] years = new double[n], index = new double[n];
        double est = 0, estChange = 0, empChange = 0, vaChange = 0, parentStart = 0, parentEnd = 0;
        double firmYears = 0;
        double[] exits = new double[4];
        Metric[] causes = {Metric.EXITS_INSOLVENCY, Metric.EXITS_NO_SUCCESSOR, Metric.EXITS_LOST_PARENT, Metric.EXITS_OTHER};
        for (List<double[]> rows : runs) {
            double base = YearlyChange.yearMean(rows, Metric.ESTABLISHMENTS, start);
            est += base / runs.size();
            for (int y = 0; y < n; y++) {
                years[y] = start + y;
                index[y] += YearlyChange.yearMean(rows, Metric.ESTABLISHMENTS, start + y) / base / runs.size();
                firmYears += YearlyChange.yearMean(rows, Metric.FIRMS, start + y);
            }
            estChange += YearlyChange.of(rows, Metric.ESTABLISHMENTS, start, end) / runs.size();
            empChange += YearlyChange.of(rows, Metric.ESTABLISHMENT_EMPLOYEES, start, end) / runs.size();
            vaChange += YearlyChange.of(rows, Metric.ESTABLISHMENT_VALUE_ADDED_REAL, start, end) / runs.size();
            parentStart += YearlyChange.yearMean(rows, Metric.PARENT_SHARE, start) / runs.size();
            parentEnd += YearlyChange.yearMean(rows, Metric.PARENT_SHARE, end) / runs.size();
            for (int c = 0; c < 4; c++) exits[c] += YearlyChange.yearSum(rows, causes[c], start, end);
        }
        for (int c = 0; c < 4; c++) exits[c] *= 1000 / firmYears;
        return new Row(s.name(), est, index[n - 1], estChange, empChange, vaChange, parentStart, parentEnd,
                exits[0], exits[1], exits[2], exits[3], years, index);
    }

    private static void write(List<Row> rows, Path out, Provenance provenance) throws IOException {
        try (OutputFolder folder = new OutputFolder(out)) {
            Path dir = folder.staging();
            StringBuilder csv = new StringBuilder(String.join(",", COLUMNS)).append('\n');
            for (Row r : rows) {
                csv.append(r.scenario());
                for (double v : new double[] {r.establishmentsStart(), r.indexEnd(), r.establishmentsChange(), r.employeesChange(),
                        r.valueAddedChange(), r.parentShareStart(), r.parentShareEnd(), r.insolvency(), r.noSuccessor(), r.lostParent(), r.other()}) {
                    csv.append(',').append(String.format(Locale.ROOT, "%.6g", v));
                }
                csv.append('\n');
            }
            Files.writeString(dir.resolve("districts.csv"), csv, StandardCharsets.UTF_8);
            Files.writeString(dir.resolve("districts.md"), table(rows), StandardCharsets.UTF_8);
            Map<String, double[][]> series = new LinkedHashMap<>();
            for (Row r : rows) series.put(r.scenario(), new double[][] {r.years(), r.index()});
            var chart = Charts.lines("Establishments (4+ employees), start year = 1", "index", series);
            Charts.png(chart, dir.resolve("districts.png"));
            Charts.svg(chart, dir.resolve("districts.svg"));
            if (provenance != null) provenance.write(dir, 0, null);
            folder.commit();
        }
    }

    /** The table as Markdown: changes in % a year, exits per 1,000 firms a year. */
    public static String table(List<Row> rows) {
        StringBuilder s = new StringBuilder();
        s.append("| district | establishments, start | index, end | establishments %/yr | employees %/yr | value added (real) %/yr "
                + "| parent share, start | parent share, end | insolvency | no successor | lost parent | other |\n");
        s.append("|---|---|---|---|---|---|---|---|---|---|---|---|\n");
        for (Row r : rows) {
            s.append(String.format(Locale.ROOT, "| %s | %.0f | %.2f | %+.1f | %+.1f | %+.1f | %.2f | %.2f | %.1f | %.1f | %.1f | %.1f |%n",
                    r.scenario(), r.establishmentsStart(), r.indexEnd(), 100 * r.establishmentsChange(), 100 * r.employeesChange(),
                    100 * r.valueAddedChange(), r.parentShareStart(), r.parentShareEnd(), r.insolvency(), r.noSuccessor(), r.lostParent(), r.other()));
        }
        return s.toString();
    }
}
