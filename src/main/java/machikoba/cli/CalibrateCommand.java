package machikoba.cli;

import machikoba.experiment.Calibration;
import machikoba.experiment.Provenance;
import machikoba.scenario.ScenarioLoader;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

@Command(name = "calibrate", mixinStandardHelpOptions = true,
        description = {"Tunes scenario parameters against the targets beside the scenarios with CMA-ES.",
                "Outputs are never tuned: only the parameters named with --param.",
                "Several scenarios are calibrated together: a parameter holds for all of them unless prefixed with one's name.",
                "Writes calibration.csv (every evaluation) and calibration.md (the best point and how it was found)."})
public final class CalibrateCommand implements Callable<Integer> {
    @Parameters(arity = "1..*", paramLabel = "SCENARIO", description = "Scenario YAML files, each with a .targets.yaml beside it.")
    List<Path> scenarios;

    @Option(names = "--param", required = true, paramLabel = "PATH=LO:HI",
            description = {"A parameter by its YAML path and the range to search, e.g. economy.productivityGrowth=0.01:0.05;",
                    "prefix the path with a scenario's name to set it in that scenario only, e.g. higashi-osaka/assemblers.demandGrowth=0:0.05."})
    List<String> params;

    @Option(names = "--target", paramLabel = "NAME",
            description = "Count only this target in the loss, NAME or SCENARIO/NAME (repeatable; default: every target), e.g. to leave out targets the parameters cannot move.")
    List<String> targetNames = new ArrayList<>();

    @Option(names = "--replications", defaultValue = "4", paramLabel = "R", description = "Seeds 1..R per evaluation (default: ${DEFAULT-VALUE}).")
    int replications;

    @Option(names = "--evaluations", defaultValue = "60", paramLabel = "E", description = "Budget of evaluations (default: ${DEFAULT-VALUE}).")
    int evaluations;

    @picocli.CommandLine.Mixin
    ThreadsOption threads = new ThreadsOption();

    @Option(names = "--seed", defaultValue = "1", paramLabel = "N", description = "Seed of the optimiser (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--out", defaultValue = "output/calibration", paramLabel = "DIR", description = "Output folder (default: ${DEFAULT-VALUE}).")
    Path out;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        List<Calibration.Param> ps = new ArrayList<>();
        for (String p : params) {
            String[] kv = p.split("=", 2);
            String[] range = kv.length == 2 ? kv[1].split(":") : new String[0];
            try {
                if (range.length != 2) throw new NumberFormatException();
                double lo = Double.parseDouble(range[0]), hi = Double.parseDouble(range[1]);
                if (!(hi > lo)) throw new NumberFormatException();
                ps.add(new Calibration.Param(kv[0], lo, hi));
            } catch (NumberFormatException e) {
                throw new CommandLine.ParameterException(new CommandLine(this), "--param " + p + ": expected PATH=LO:HI with LO < HI");
            }
        }
        int t = threads.count();
        for (Path f : scenarios) {
            HeapCheck.check(f, List.of(ScenarioLoader.load(f)), Math.min(t, replications * scenarios.size()));
        }
        Provenance provenance = CommandLines.provenance(spec).seed("optimiser", seed)
                .seed("replications", "seeds 1.." + replications + " of each scenario per evaluation");
        for (Path f : scenarios) provenance.scenario(f, Map.of(), ScenarioLoader.load(f));
        Calibration.Result r = Calibration.run(scenarios, ps, targetNames, replications, evaluations, t, seed, out, provenance);
        System.out.printf(Locale.ROOT, "best loss %.4g after %d evaluations (%.0f s)%n", r.loss(), r.evaluations(), r.nanos() / 1e9);
        for (Map.Entry<String, Double> e : r.best().entrySet()) System.out.printf(Locale.ROOT, "  %s = %.6g%n", e.getKey(), e.getValue());
        System.out.println("Report: " + out.resolve("calibration.md"));
        return 0;
    }
}
