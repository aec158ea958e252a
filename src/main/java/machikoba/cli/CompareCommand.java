package machikoba.cli;

import machikoba.experiment.Comparison;
import machikoba.experiment.ParameterGrid;
import machikoba.experiment.Progress;
import machikoba.experiment.Provenance;
import machikoba.scenario.ScenarioLoader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

@Command(name = "compare", mixinStandardHelpOptions = true,
        description = {"Runs a baseline and policy variants on the same seeds (common random numbers) and reports each",
                "variant's difference from the baseline with paired 95% intervals: comparison.csv, comparison.md, figures/.",
                "Resumable and parallel like batch."})
public final class CompareCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "SCENARIO", description = "Scenario YAML file, e.g. scenarios/ota.yaml.")
    Path scenarioFile;

    @Option(names = "--variant", required = true, paramLabel = "NAME:PATH=VALUE[,PATH=VALUE...]",
            description = "A variant: the baseline with these values changed, e.g. salespersons:policy.salespersons.visitsPerYear=200 (repeatable).")
    List<String> variants = new ArrayList<>();

    @Option(names = "--replications", defaultValue = "10", paramLabel = "N", description = "Pairs of runs per variant (default: ${DEFAULT-VALUE}).")
    int replications;

    @Option(names = "--set", paramLabel = "PATH=VALUE", description = "Fix a scenario value for the baseline and every variant, e.g. firms.count=2000.")
    List<String> sets = new ArrayList<>();

    @Option(names = "--seed", defaultValue = "1", paramLabel = "N",
            description = "Base seed (default: ${DEFAULT-VALUE}); replication r of every variant runs on RunSeeds.of(N, r).")
    long seed;

    @picocli.CommandLine.Mixin
    ThreadsOption threads = new ThreadsOption();

    @Option(names = "--until", paramLabel = "YEAR", description = "Stop each run after December of this year.")
    Integer until;

    @Option(names = "--from", paramLabel = "YEAR", description = "First year of the headline window (default: the scenario's start).")
    Integer from;

    @Option(names = "--out", paramLabel = "DIR", description = "Output folder (default: output/<scenario-name>/compare/).")
    Path out;

    @Option(names = "--no-figures", description = "Skip the figures (PNG and SVG).")
    boolean noFigures;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        Map<String, String> fixed = ParameterGrid.parseSets(sets);
        List<Comparison.Variant> parsed = new ArrayList<>();
        for (String v : variants) parsed.add(Comparison.parseVariant(v));
        Comparison c = new Comparison(scenarioFile, fixed, parsed, replications, seed, until, from);
        int t = threads.count();
        List<machikoba.scenario.Scenario> scenarios = new ArrayList<>();
        for (int i = 0; i < c.names().size(); i++) scenarios.add(c.plan().scenario(i));
        HeapCheck.check(scenarioFile, scenarios, Math.min(t, c.plan().runCount()));
        Path dir = out != null ? out : Path.of("output", c.plan().scenarioName(), "compare");
        Provenance provenance = CommandLines.provenance(spec)
                .scenario(scenarioFile, fixed, ScenarioLoader.load(scenarioFile, fixed))
                .seed("base_seed", seed).seed("runs", "RunSeeds.of(base_seed, replication), the same for the baseline and every variant");
        machikoba.experiment.BatchRunner.prepare(c.plan(), dir);
        return provenance.around(dir, () -> {
            System.out.printf(Locale.ROOT, "Machikoba compare: %s, baseline + %d variants x %d replications = %d runs on %d threads -> %s%n",
                    c.plan().scenarioName(), c.names().size() - 1, replications, c.plan().runCount(), t, dir);
            long t0 = System.nanoTime();
            var o = c.run(dir, t, new Progress(System.out, System.console() != null, "compare"));
            c.write(dir, !noFigures);
            System.out.printf(Locale.ROOT, "  runs           %d made now, %d found done (of %d), %.1f s%n", o.ran(), o.alreadyDone(), o.total(),
                    (System.nanoTime() - t0) / 1e9);
            System.out.printf(Locale.ROOT, "  output         %s/ (comparison.csv, comparison.md%s)%n", dir, noFigures ? "" : ", figures/");
            return 0;
        });
    }
}
