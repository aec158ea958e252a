package machikoba.cli;

import machikoba.experiment.BatchRunner;
import machikoba.experiment.Provenance;
import machikoba.experiment.Validation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

@Command(name = "validate", mixinStandardHelpOptions = true,
        description = {"Runs replications of each scenario and compares them with the targets in the file beside it",
                "(ota.yaml -> ota.targets.yaml). Writes validation.csv, validation.md and a firm-count chart per scenario.",
                "Exit status 0 when every target passes, 1 when one fails, 2 on bad input."})
public final class ValidateCommand implements Callable<Integer> {
    @Parameters(arity = "1..*", paramLabel = "SCENARIO", description = "Scenario YAML files, each with a .targets.yaml beside it.")
    List<Path> scenarios;

    @Option(names = "--replications", defaultValue = "20", paramLabel = "N", description = "Seeds 1..N per scenario (default: ${DEFAULT-VALUE}).")
    int replications;

    @picocli.CommandLine.Mixin
    ThreadsOption threads = new ThreadsOption();

    @picocli.CommandLine.Mixin
    EngineOption engine = new EngineOption();

    @Option(names = "--out", defaultValue = "output/validation", paramLabel = "DIR", description = "Output folder (default: ${DEFAULT-VALUE}).")
    Path out;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        if (replications < 1) throw new picocli.CommandLine.ParameterException(new picocli.CommandLine(this), "--replications must be at least 1");
        int t = threads.count();
        Provenance provenance = CommandLines.scenariosProvenance(spec, scenarios, Math.min(t, replications * scenarios.size()),
                "seeds 1.." + replications + " of each scenario");
        engine.check();
        Validation.Report r;
        try (BatchRunner.Engine e = engine.open(t)) {
            r = Validation.run(scenarios, replications, e, out, provenance);
        }
        System.out.printf(Locale.ROOT, "%-14s %-34s %12s %12s %25s  %s%n", "scenario", "target", "observed", "sim mean", "95% CI", "pass");
        for (Validation.Row row : r.rows()) {
            String obs = Double.isNaN(row.tolerance()) ? row.kind() : String.format(Locale.ROOT, "%.4g±%.2g", row.observed(), row.tolerance());
            System.out.printf(Locale.ROOT, "%-14s %-34s %12s %12.4g %12.4g to %-10.4g  %s%n", row.scenario(), row.target(), obs,
                    row.simMean(), row.ciLow(), row.ciHigh(), row.pass() ? "yes" : "NO");
        }
        long passed = r.rows().stream().filter(Validation.Row::pass).count();
        System.out.printf(Locale.ROOT, "%d of %d targets pass (%d replications per scenario, %.1f s). Report: %s/validation.md%n",
                passed, r.rows().size(), replications, r.nanos() / 1e9, out);
        return r.allPass() ? 0 : 1;
    }
}
