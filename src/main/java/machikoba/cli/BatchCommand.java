package machikoba.cli;

import machikoba.experiment.BatchOutputs;
import machikoba.experiment.BatchPlan;
import machikoba.experiment.BatchRunner;
import machikoba.experiment.Design;
import machikoba.experiment.ParameterGrid;
import machikoba.experiment.Progress;
import machikoba.experiment.Provenance;
import machikoba.experiment.Shard;
import machikoba.scenario.ScenarioError;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

@Command(name = "batch", mixinStandardHelpOptions = true,
        description = {"Runs replications of a scenario over a grid of parameter points, in parallel and resumable.",
                "Writes runs.csv, timeseries.csv (long format), summary.csv, points.csv and figures/.",
                "Killed and started again with the same command, it runs only the missing runs."})
public final class BatchCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "SCENARIO", description = "Scenario YAML file, e.g. scenarios/ota.yaml.")
    Path scenarioFile;

    @Option(names = "--replications", defaultValue = "1", paramLabel = "N", description = "Runs per parameter point (default: ${DEFAULT-VALUE}).")
    int replications;

    @Option(names = "--set", paramLabel = "PATH=VALUE", description = "Fix a scenario value by its YAML path, e.g. firms.count=2000.")
    List<String> sets = new ArrayList<>();

    @Option(names = "--sweep", paramLabel = "PATH=V1,V2|LO:HI:STEPS",
            description = "Sweep a scenario value; several --sweep make a full grid (the first varies slowest).")
    List<String> sweeps = new ArrayList<>();

    @Option(names = "--design", paramLabel = "FILE.csv",
            description = {"Points from an external design instead of --sweep: a CSV file whose header holds scenario paths",
                    "and whose rows are the points (e.g. a Latin hypercube from SALib, pyDOE or R's lhs)."})
    Path design;

    @Option(names = "--seed", defaultValue = "1", paramLabel = "N",
            description = "Base seed (default: ${DEFAULT-VALUE}); each run's seed is derived from it and its run id, and recorded.")
    long seed;

    @picocli.CommandLine.Mixin
    ThreadsOption threads = new ThreadsOption();

    @picocli.CommandLine.Mixin
    EngineOption engine = new EngineOption();

    @Option(names = "--until", paramLabel = "YEAR", description = "Stop each run after December of this year.")
    Integer until;

    @Option(names = "--out", paramLabel = "DIR", description = "Output folder (default: output/<scenario-name>/batch/).")
    Path out;

    @Option(names = "--no-figures", description = "Skip the figures (PNG and SVG), e.g. for very large grids.")
    boolean noFigures;

    @Option(names = "--shard", paramLabel = "I/N",
            description = {"Run only shard I of N (the runs whose id mod N is I-1) into the --out folder, e.g. one per cluster job;",
                    "'merge OUT SHARD_DIR...' then makes the batch's files, the same bytes as one unsharded batch."})
    String shard;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        Map<String, String> fixed = ParameterGrid.parseSets(sets);
        List<ParameterGrid.Axis> axes = new ArrayList<>();
        for (String s : sweeps) axes.add(ParameterGrid.parseAxis(s));
        ParameterGrid grid = new ParameterGrid(fixed, axes);
        List<String> describe = new ArrayList<>();
        for (Map.Entry<String, String> e : fixed.entrySet()) describe.add("set: " + e.getKey() + "=" + e.getValue());
        for (ParameterGrid.Axis a : axes) describe.add("sweep: " + a.path() + "=" + String.join(",", a.values()));
        Shard part = shard == null ? Shard.ALL : Shard.parse(shard);
        List<String> paths = grid.paths();
        List<Map<String, String>> points = grid.points();
        if (design != null) {
            if (!axes.isEmpty()) throw new ScenarioError("--design", 0, "", "expected either --design or --sweep, got both");
            Design d = Design.read(design, scenarioFile, fixed);
            paths = new ArrayList<>(fixed.keySet());
            paths.addAll(d.columns());
            points = d.rows();
            describe.add(d.describe());
        }
        BatchPlan plan = new BatchPlan(scenarioFile, paths, points, replications, seed, until, describe);
        int t = threads.count();
        List<machikoba.scenario.Scenario> scenarios = new ArrayList<>();
        for (int i = 0; i < plan.points().size(); i++) scenarios.add(plan.scenario(i));
        HeapCheck.check(scenarioFile, scenarios, Math.min(t, plan.runCount()));
        Path dir = out != null ? out : Path.of("output", plan.scenarioName(),
                part.isWhole() ? "batch" : "batch-shard-" + part.index() + "-of-" + part.count());
        Provenance provenance = CommandLines.batchProvenance(spec, scenarioFile, fixed, seed);
        if (!part.isWhole()) provenance.seed("shard", part.toString());
        engine.check();
        BatchRunner.prepare(plan, dir, part);
        return provenance.around(dir, () -> work(plan, dir, part, t));
    }

    private int work(BatchPlan plan, Path dir, Shard part, int t) throws java.io.IOException {
        System.out.printf(Locale.ROOT, "Machikoba batch: %s, %d points x %d replications = %d runs%s %s -> %s%n",
                plan.scenarioName(), plan.points().size(), plan.replications(), plan.runCount(),
                part.isWhole() ? "" : ", shard " + part, engine.describe(t), dir);
        long t0 = System.nanoTime();
        BatchRunner.Outcome o;
        try (BatchRunner.Engine e = engine.open(t)) {
            o = BatchRunner.run(plan, dir, e, new Progress(System.out, System.console() != null, "batch"), part);
        }
        double secs = (System.nanoTime() - t0) / 1e9;
        if (part.isWhole()) BatchOutputs.write(plan, dir, !noFigures);
        System.out.printf(Locale.ROOT, "  runs           %d made now, %d found done (of %d)%n", o.ran(), o.alreadyDone(), o.total());
        System.out.printf(Locale.ROOT, "  run time       %.2f s for the runs, %.3f runs/s%n", secs, o.ran() / Math.max(secs, 1e-9));
        if (part.isWhole()) {
            System.out.printf(Locale.ROOT, "  output         %s/ (runs.csv, timeseries.csv, summary.csv, points.csv%s)%n",
                    dir, noFigures ? "" : ", figures/");
        } else {
            System.out.printf(Locale.ROOT, "  output         %s/runs/ (shard %s; merge the shards with 'machikoba merge OUT SHARD_DIR...')%n",
                    dir, part);
        }
        return 0;
    }
}
