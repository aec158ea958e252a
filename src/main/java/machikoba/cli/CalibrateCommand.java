package machikoba.cli;

import machikoba.experiment.Abc;
import machikoba.experiment.BatchRunner;
import machikoba.experiment.Calibration;
import machikoba.experiment.LossProfile;
import machikoba.experiment.ParameterGrid;
import machikoba.experiment.Progress;
import machikoba.experiment.Provenance;
import machikoba.scenario.ScenarioError;
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
        description = {"Tunes scenario parameters against the targets beside the scenarios with CMA-ES,",
                "or, with --method abc, estimates their posterior by approximate Bayesian computation.",
                "Outputs are never tuned: only the parameters named with --param.",
                "Several scenarios are calibrated together: a parameter holds for all of them unless prefixed with one's name.",
                "Writes calibration.csv (every evaluation) and calibration.md (the best point and how it was found);",
                "ABC writes posterior.csv, abc.md and posterior.png/.svg, and keeps its runs in runs/ so that a rerun resumes."})
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

    @Option(names = "--method", defaultValue = "cma-es", paramLabel = "M",
            description = "cma-es (default: best point for the replicates' mean), abc (rejection ABC with regression adjustment: a posterior that respects run-to-run variation) or profile (the loss over one parameter's grid, every other parameter calibrated again at each point; needs --profile).")
    String method;

    @Option(names = "--profile", paramLabel = "PATH=LO:HI:N",
            description = "profile: the parameter held fixed at N values from LO to HI, e.g. assemblers.costDown.rate=0.002:0.04:9; --evaluations is per point.")
    String profile;

    @Option(names = "--simulations", defaultValue = "200", paramLabel = "N",
            description = "abc: draws from the uniform prior, one seeded run each (default: ${DEFAULT-VALUE}).")
    int simulations;

    @Option(names = "--accept", defaultValue = "0.1", paramLabel = "F",
            description = "abc: the fraction of simulations nearest the targets that is kept (default: ${DEFAULT-VALUE}).")
    double accept;

    @Option(names = "--set", paramLabel = "PATH=VALUE", description = "abc: fix a scenario value by its YAML path, e.g. firms.count=500.")
    List<String> sets = new ArrayList<>();

    @Option(names = "--until", paramLabel = "YEAR", description = "abc: stop each run after December of this year.")
    Integer until;

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
        if (method.equals("abc")) return abc(ps);
        if (method.equals("profile")) return profile(ps);
        if (!method.equals("cma-es")) throw new ScenarioError("--method", 0, "", "expected cma-es, abc or profile, got " + method);
        if (!sets.isEmpty() || until != null) throw new ScenarioError("--set/--until", 0, "", "expected with --method abc only");
        int t = threads.count();
        Provenance provenance = evaluationsProvenance(t);
        Calibration.Result r = Calibration.run(scenarios, ps, targetNames, replications, evaluations, t, seed, out, provenance);
        System.out.printf(Locale.ROOT, "best loss %.4g after %d evaluations (%.0f s)%n", r.loss(), r.evaluations(), r.nanos() / 1e9);
        for (Map.Entry<String, Double> e : r.best().entrySet()) System.out.printf(Locale.ROOT, "  %s = %.6g%n", e.getKey(), e.getValue());
        System.out.println("Report: " + out.resolve("calibration.md"));
        return 0;
    }

    private int profile(List<Calibration.Param> ps) throws Exception {
        String[] kv = profile == null ? new String[0] : profile.split("=", 2);
        String[] grid = kv.length == 2 ? kv[1].split(":") : new String[0];
        double lo, hi;
        int n;
        try {
            if (grid.length != 3) throw new NumberFormatException();
            lo = Double.parseDouble(grid[0]);
            hi = Double.parseDouble(grid[1]);
            n = Integer.parseInt(grid[2]);
            if (!(hi > lo) || n < 2) throw new NumberFormatException();
        } catch (NumberFormatException e) {
            throw new CommandLine.ParameterException(new CommandLine(this),
                    "--profile " + profile + ": expected PATH=LO:HI:N with LO < HI and N >= 2, e.g. assemblers.costDown.rate=0.002:0.04:9");
        }
        if (!sets.isEmpty() || until != null) throw new ScenarioError("--set/--until", 0, "", "expected with --method abc only");
        for (Calibration.Param p : ps) {
            if (p.path().equals(kv[0])) throw new CommandLine.ParameterException(new CommandLine(this),
                    "--param " + p.path() + ": expected the other parameters only; the profiled one is --profile's");
        }
        int t = threads.count();
        Provenance provenance = evaluationsProvenance(t);
        long t0 = System.nanoTime();
        List<LossProfile.Point> points = LossProfile.run(scenarios, kv[0], lo, hi, n, ps, targetNames, replications,
                evaluations, t, seed, out, provenance);
        for (LossProfile.Point p : points) System.out.printf(Locale.ROOT, "  %s = %.5g: loss %.4g%n", kv[0], p.value(), p.best().loss());
        LossProfile.Point b = LossProfile.best(points);
        System.out.printf(Locale.ROOT, "lowest loss %.4g at %s = %.5g (%.0f s)%n", b.best().loss(), kv[0], b.value(), (System.nanoTime() - t0) / 1e9);
        System.out.println("Report: " + out.resolve("profile").resolve("profile.md"));
        return 0;
    }

    /** cma-es and profile: the scenarios checked against the heap, and the optimiser's and the evaluations' seeds. */
    private Provenance evaluationsProvenance(int threads) {
        return CommandLines.scenariosProvenance(spec, scenarios, Math.min(threads, replications * scenarios.size()),
                "seeds 1.." + replications + " of each scenario per evaluation").seed("optimiser", seed);
    }

    private int abc(List<Calibration.Param> ps) throws Exception {
        if (scenarios.size() != 1) throw new ScenarioError("--method abc", 0, "", "expected one scenario, got " + scenarios.size());
        Path f = scenarios.get(0);
        Map<String, String> fixed = ParameterGrid.parseSets(sets);
        int t = threads.count();
        HeapCheck.check(f, List.of(ScenarioLoader.load(f, fixed)), Math.min(t, simulations));
        Provenance provenance = CommandLines.batchProvenance(spec, f, fixed, seed).seed("prior", "MersenneTwister(base_seed)");
        Abc.Result r;
        try {
            r = Abc.run(f, ps, fixed, targetNames, simulations, accept, until, t, seed, out,
                    new Progress(System.out, System.console() != null, "abc"));
        } catch (ScenarioError e) {
            if (java.nio.file.Files.exists(out.resolve(BatchRunner.MANIFEST))) provenance.write(out, 2, "machikoba: " + e);
            throw e;
        }
        provenance.write(out, 0, null);
        System.out.printf(Locale.ROOT, "ABC: kept %d of %d simulations (%d run now, %.0f s)%n", r.accepted(), r.simulations(),
                r.ranNow(), r.nanos() / 1e9);
        for (Map.Entry<String, double[]> e : r.summaries().entrySet()) {
            double[] s = e.getValue();
            System.out.printf(Locale.ROOT, "  %s: mean %.6g, median %.6g, 95%% credible interval %.6g to %.6g%n",
                    e.getKey(), s[0], s[1], s[2], s[3]);
        }
        System.out.println("Report: " + out.resolve("abc.md"));
        return 0;
    }
}
