package machikoba.cli;

import machikoba.experiment.BatchOutputs;
import machikoba.experiment.BatchPlan;
import machikoba.experiment.BatchRunner;
import machikoba.experiment.ParameterGrid;
import machikoba.experiment.Progress;
import machikoba.experiment.Provenance;
import java.util.Map;
import machikoba.experiment.SensitivityAnalysis;
import machikoba.experiment.SensitivityParameter;
import machikoba.experiment.Shard;
import machikoba.scenario.ScenarioError;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

@Command(name = "sensitivity", mixinStandardHelpOptions = true,
        description = {"Global sensitivity of run metrics to scenario values: Sobol indices (Saltelli design) or Morris",
                "elementary effects. Writes sensitivity.csv, sensitivity.md, runs.csv and bar charts; resumable like batch."})
public final class SensitivityCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "SCENARIO", description = "Scenario YAML file, e.g. scenarios/ota.yaml.")
    Path scenarioFile;

    @Option(names = "--param", required = true, paramLabel = "PATH=LO:HI", description = "A scenario value and its range (two or more).")
    List<String> params = new ArrayList<>();

    @Option(names = "--samples", required = true, paramLabel = "K",
            description = "Sobol: base samples N (runs = N (k + 2)); Morris: trajectories (runs = K (k + 1)).")
    int samples;

    @Option(names = "--metric", paramLabel = "NAME",
            description = "Run metric to analyse (default: firms, firms_yearly_change, parent_share, price_index).")
    List<String> metrics = new ArrayList<>();

    @Option(names = "--method", defaultValue = "sobol", paramLabel = "sobol|morris", description = "Default: ${DEFAULT-VALUE}.")
    SensitivityAnalysis.Method method;

    @Option(names = "--set", paramLabel = "PATH=VALUE", description = "Fix a scenario value, e.g. firms.count=2000.")
    List<String> sets = new ArrayList<>();

    @Option(names = "--replications", defaultValue = "1", paramLabel = "N", description = "Runs per design point, averaged (default: ${DEFAULT-VALUE}).")
    int replications;

    @Option(names = "--seed", defaultValue = "1", paramLabel = "N", description = "Base seed (default: ${DEFAULT-VALUE}).")
    long seed;

    @picocli.CommandLine.Mixin
    ThreadsOption threads = new ThreadsOption();

    @Option(names = "--until", paramLabel = "YEAR", description = "Stop each run after December of this year.")
    Integer until;

    @Option(names = "--out", paramLabel = "DIR", description = "Output folder (default: output/<scenario-name>/sensitivity-<method>/).")
    Path out;

    @picocli.CommandLine.Mixin
    EngineOption engine = new EngineOption();

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        if (!Files.isRegularFile(scenarioFile)) {
            throw new ScenarioError(scenarioFile.toString(), 0, "", "no such file; expected a scenario YAML file such as scenarios/ota.yaml");
        }
        List<SensitivityParameter> ps = new ArrayList<>();
        for (String p : params) ps.add(SensitivityParameter.parse(scenarioFile, p));
        List<String> ms = metrics.isEmpty() ? List.of("firms", "firms_yearly_change", "parent_share", "price_index") : metrics;
        SensitivityAnalysis a = new SensitivityAnalysis(scenarioFile, ParameterGrid.parseSets(sets), ps, samples,
                replications, ms, method, seed, until);
        BatchPlan plan = a.plan();
        int t = threads.count();
        List<machikoba.scenario.Scenario> scenarios = new ArrayList<>();
        for (int i = 0; i < plan.points().size(); i++) scenarios.add(plan.scenario(i));
        HeapCheck.check(scenarioFile, scenarios, Math.min(t, plan.runCount()));
        Path dir = out != null ? out : Path.of("output", plan.scenarioName(), "sensitivity-" + method);
        Map<String, String> fixed = ParameterGrid.parseSets(sets);
        Provenance provenance = CommandLines.batchProvenance(spec, scenarioFile, fixed, seed);
        engine.check();
        BatchRunner.prepare(plan, dir);
        return provenance.around(dir, () -> work(a, plan, dir, ps, t));
    }

    private int work(SensitivityAnalysis a, BatchPlan plan, Path dir, List<SensitivityParameter> ps, int t) throws java.io.IOException {
        System.out.printf(Locale.ROOT, "Machikoba sensitivity (%s): %s, %d parameters, %d runs %s -> %s%n",
                method, plan.scenarioName(), ps.size(), plan.runCount(), engine.describe(t), dir);
        BatchRunner.Outcome o;
        try (BatchRunner.Engine e = engine.open(t)) {
            o = BatchRunner.run(plan, dir, e, new Progress(System.out, System.console() != null, "sensitivity"), Shard.ALL);
        }
        BatchOutputs.writeRuns(plan, dir);
        List<SensitivityAnalysis.Row> rows = a.analyse(plan, dir);
        System.out.printf(Locale.ROOT, "  runs           %d made now, %d found done (of %d)%n", o.ran(), o.alreadyDone(), o.total());
        String current = null;
        for (SensitivityAnalysis.Row r : rows) {
            if (!r.metric().equals(current)) {
                current = r.metric();
                System.out.printf(Locale.ROOT, "  %s:%n", current);
            }
            double[] v = r.values();
            if (method == SensitivityAnalysis.Method.sobol) {
                System.out.printf(Locale.ROOT, "    %d. %-36s S1 %6.3f  ST %6.3f%n", r.rank(), r.parameter().path(), v[0], v[3]);
            } else {
                System.out.printf(Locale.ROOT, "    %d. %-36s mu* %.4g  sigma %.4g%n", r.rank(), r.parameter().path(), v[1], v[2]);
            }
        }
        System.out.printf(Locale.ROOT, "  output         %s/ (sensitivity.csv, sensitivity.md, runs.csv, figures/)%n", dir);
        return 0;
    }
}
