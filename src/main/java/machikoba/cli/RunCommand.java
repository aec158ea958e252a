package machikoba.cli;

import machikoba.experiment.OutputFolder;
import machikoba.experiment.ParameterGrid;
import machikoba.experiment.RunMetrics;
import machikoba.experiment.Provenance;
import machikoba.experiment.RunFiles;
import machikoba.experiment.SingleRun;
import machikoba.observe.Metric;
import machikoba.observe.YearlyChange;
import machikoba.scenario.Scenario;
import machikoba.scenario.ScenarioLoader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

@Command(name = "run", mixinStandardHelpOptions = true,
        description = {"Runs one scenario with one seed and writes timeseries.csv, firms.csv and PNG plots.",
                "The same scenario and seed always give byte-identical files."})
public final class RunCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "SCENARIO", description = "Scenario YAML file, e.g. scenarios/ota.yaml.")
    Path scenarioFile;

    @Option(names = "--seed", defaultValue = "1", paramLabel = "N",
            description = "Random seed (default: ${DEFAULT-VALUE}). One seed reproduces one run exactly.")
    long seed;

    @Option(names = "--until", paramLabel = "YEAR",
            description = "Stop after December of this year (default: the scenario's end year).")
    Integer until;

    @Option(names = "--out", paramLabel = "DIR",
            description = "Output folder (default: output/<scenario-name>/seed-<N>/). Replaced whole when the run succeeds.")
    Path out;

    @Mixin
    ThreadsOption threads = new ThreadsOption();

    @Option(names = "--set", paramLabel = "PATH=VALUE", description = "Set a scenario value by its YAML path, e.g. entry.rate=0.03 (repeatable).")
    List<String> sets = new java.util.ArrayList<>();

    @Option(names = "--json", description = {"Print the run's final metrics (the columns of a batch's runs.csv) as one JSON object",
            "on stdout and nothing else; no output folder unless --out is given. For calling Machikoba as a model."})
    boolean json;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        Map<String, String> fixed = ParameterGrid.parseSets(sets);
        Scenario s = ScenarioLoader.load(scenarioFile, fixed);
        Provenance provenance = CommandLines.provenance(spec).scenario(scenarioFile, fixed, s).seed("seed", seed);
        HeapCheck.check(scenarioFile, s);
        if (until != null && until < s.period().start()) {
            throw new machikoba.scenario.ScenarioError("--until", 0, "", "expected a year from " + s.period().start()
                    + " to " + s.period().end() + ", got " + until);
        }
        Path dir = out != null ? out : Path.of("output", s.name(), "seed-" + seed);
        SingleRun.Result r = SingleRun.run(s, seed, until, threads.count());
        if (!json || out != null) {
            try (OutputFolder folder = new OutputFolder(dir)) {
                RunFiles.write(r, folder.staging());
                provenance.write(folder.staging(), 0, null);
                folder.commit();
            }
        }
        if (json) System.out.println(RunMetrics.json(r.rows()));
        else summary(System.out, r, dir);
        return 0;
    }

    static void summary(PrintStream o, SingleRun.Result r, Path dir) {
        List<double[]> rows = r.rows();
        Scenario s = r.scenario();
        double[] first = rows.get(0), last = rows.get(rows.size() - 1);
        int y0 = (int) Metric.YEAR.of(first), y1 = (int) Metric.YEAR.of(last);
        double secs = r.nanos() / 1e9;
        o.printf(Locale.ROOT, "Machikoba: %s, seed %d, %d-%d (%d months)%n", s.name(), r.seed(), y0, y1, rows.size());
        o.printf(Locale.ROOT, "  firms          %,d (Jan %d) -> %,d (Dec %d)%n", (long) Metric.FIRMS.of(first), y0, (long) Metric.FIRMS.of(last), y1);
        int to = Math.min(y1, y0 + 12);
        if (to > y0) {
            o.printf(Locale.ROOT, "  yearly change  %d-%d: firms %+.1f%%, employees %+.1f%%, value added %+.1f%%%n", y0, to,
                    100 * YearlyChange.of(rows, Metric.FIRMS, y0, to), 100 * YearlyChange.of(rows, Metric.EMPLOYEES, y0, to),
                    100 * YearlyChange.of(rows, Metric.VALUE_ADDED, y0, to));
        }
        o.printf(Locale.ROOT, "  entries        %,d%n", (long) YearlyChange.yearSum(rows, Metric.ENTRIES, y0, y1));
        o.printf(Locale.ROOT, "  exits          %,d: insolvency %,d, no successor %,d, lost parent %,d, other %,d%n",
                (long) YearlyChange.yearSum(rows, Metric.EXITS, y0, y1),
                (long) YearlyChange.yearSum(rows, Metric.EXITS_INSOLVENCY, y0, y1),
                (long) YearlyChange.yearSum(rows, Metric.EXITS_NO_SUCCESSOR, y0, y1),
                (long) YearlyChange.yearSum(rows, Metric.EXITS_LOST_PARENT, y0, y1),
                (long) YearlyChange.yearSum(rows, Metric.EXITS_OTHER, y0, y1));
        o.printf(Locale.ROOT, "  price index    %.3f -> %.3f (paid by assemblers, volume-weighted)%n",
                Metric.PRICE_INDEX.of(first), Metric.PRICE_INDEX.of(last));
        o.printf(Locale.ROOT, "  dependence     parent (70%%+) %.1f%% -> %.1f%%, 50%%+ %.1f%% -> %.1f%%, mean top share %.2f -> %.2f%n",
                100 * Metric.PARENT_SHARE.of(first), 100 * Metric.PARENT_SHARE.of(last),
                100 * Metric.SHARE_50.of(first), 100 * Metric.SHARE_50.of(last),
                Metric.MEAN_TOP_SHARE.of(first), Metric.MEAN_TOP_SHARE.of(last));
        o.printf(Locale.ROOT, "  payment        receivable days %.0f -> %.0f, firms in cash stress %.1f%% -> %.1f%%%n",
                Metric.RECEIVABLE_DAYS.of(first), Metric.RECEIVABLE_DAYS.of(last),
                100 * Metric.CASH_STRESS_SHARE.of(first), 100 * Metric.CASH_STRESS_SHARE.of(last));
        o.printf(Locale.ROOT, "  run time       %.2f s, %,.0f firm-months/s%n", secs, r.firmMonths() / secs);
        o.printf(Locale.ROOT, "  output         %s/ (timeseries.csv, firms.csv, networks.csv, absorption.csv, firms.png, exits.png, top_share.png, dependence.png)%n", dir);
    }
}
