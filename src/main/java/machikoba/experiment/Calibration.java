package machikoba.experiment;

import machikoba.observe.Metric;
import machikoba.scenario.Scenario;
import machikoba.scenario.ScenarioError;
import machikoba.scenario.ScenarioLoader;
import machikoba.scenario.Targets;
import org.apache.commons.math3.optim.InitialGuess;
import org.apache.commons.math3.optim.MaxEval;
import org.apache.commons.math3.optim.PointValuePair;
import org.apache.commons.math3.optim.SimpleBounds;
import org.apache.commons.math3.optim.nonlinear.scalar.GoalType;
import org.apache.commons.math3.optim.nonlinear.scalar.ObjectiveFunction;
import org.apache.commons.math3.optim.nonlinear.scalar.noderiv.CMAESOptimizer;
import org.apache.commons.math3.random.MersenneTwister;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Tunes scenario parameters (never outputs) against scenarios' targets, repeatably.
 *
 * <p>The loss is the sum over the absolute targets of ((simulated mean - observed) / tolerance)^2,
 * the mean taken over replications with seeds 1..R. Fixed seeds make the loss a deterministic
 * function of the parameters (common random numbers), so the optimiser compares parameter
 * points, not luck. The optimiser is Commons Math's CMA-ES on parameters scaled to [0, 1],
 * seeded, so the whole calibration repeats exactly. Every evaluation is logged.
 *
 * <p>Several scenarios can be calibrated together: a parameter then holds for all of them
 * (the networks' behaviour is the same in every district), unless its path is prefixed with one
 * scenario's name ({@code higashi-osaka/assemblers.demandGrowth}). Relative targets (below / above
 * another scenario of the same call) then count too: a miss costs 1 plus the squared gap in
 * tenths of the other scenario's mean, nothing when met.
 */
public final class Calibration {
    public record Param(String path, double lo, double hi) {
        double at(double unit) { return lo + unit * (hi - lo); }

        /** The scenario the parameter is limited to, or null for all. */
        String scenario() { int i = path.indexOf('/'); return i < 0 ? null : path.substring(0, i); }

        String yamlPath() { return path.substring(path.indexOf('/') + 1); }
    }

    public record Result(Map<String, Double> best, double loss, int evaluations, long nanos) { }

    private record Counted(String scenario, Targets.Target target) {
        String label() { return scenario + "/" + target.name(); }
    }

    private final List<Path> scenarioFiles;
    private final List<String> names = new ArrayList<>();
    private final List<Targets> targets = new ArrayList<>();
    private final List<Param> params;
    private final int replications;
    private final List<String> only;
    private final List<Counted> counted = new ArrayList<>();
    private final ExecutorService pool;
    private final StringBuilder log = new StringBuilder();
    private int evaluations;
    private double bestLoss = Double.POSITIVE_INFINITY;
    private double[] bestPoint;

    private Calibration(List<Path> scenarioFiles, List<Param> params, List<String> only, int replications, int threads) {
        this.scenarioFiles = scenarioFiles;
        for (Path f : scenarioFiles) {
            Scenario s = ScenarioLoader.load(f);
            names.add(s.name());
            targets.add(Targets.load(Targets.fileFor(f), Set.copyOf(Metric.columns()), s));
        }
        this.params = params;
        this.only = only;
        for (Param p : params) {
            if (p.scenario() != null && !names.contains(p.scenario())) {
                throw new ScenarioError(scenarioFiles.get(0).toString(), 0, p.path(),
                        "no scenario named '" + p.scenario() + "' in this calibration (have " + String.join(", ", names) + ")");
            }
        }
        for (int i = 0; i < scenarioFiles.size(); i++) {
            for (Targets.Target t : targets.get(i).targets()) {
                Counted c = new Counted(names.get(i), t);
                boolean named = only.isEmpty() || only.contains(t.name()) || only.contains(c.label());
                boolean relative = t.observed() == null;
                if (!named) continue;
                if (relative && !t.sign() && !names.contains(t.than())) continue; // the other scenario is not in this call
                counted.add(c);
            }
        }
        for (String name : only) {
            if (counted.stream().noneMatch(c -> c.target().name().equals(name) || c.label().equals(name))) {
                throw new ScenarioError(Targets.fileFor(scenarioFiles.get(0)).toString(), 0, "targets",
                        "no target named '" + name + "' to calibrate against");
            }
        }
        this.replications = replications;
        this.pool = Executors.newFixedThreadPool(Math.max(1, threads));
        log.append("evaluation,").append(String.join(",", params.stream().map(Param::path).toList()));
        for (Counted c : counted) log.append(',').append(c.label());
        log.append(",loss\n");
    }

    /** The targets with an observed figure that a calibration of one scenario counts (ABC compares these). */
    static List<Targets.Target> absoluteTargets(Path scenarioFile, List<Param> params, List<String> targetNames) {
        Calibration c = new Calibration(List.of(scenarioFile), params, targetNames, 1, 1);
        c.pool.shutdownNow();
        return c.counted.stream().map(Counted::target).filter(t -> t.observed() != null).toList();
    }

    public static Result run(Path scenarioFile, List<Param> params, int replications, int evaluations, int threads,
                             long seed, Path outDir) throws IOException {
        return run(List.of(scenarioFile), params, List.of(), replications, evaluations, threads, seed, outDir);
    }

    public static Result run(List<Path> scenarioFiles, List<Param> params, List<String> targetNames, int replications,
                             int evaluations, int threads, long seed, Path outDir) throws IOException {
        return run(scenarioFiles, params, targetNames, replications, evaluations, threads, seed, outDir, null);
    }

    /**
     * Calibrates the scenarios together, counting only the named targets ("name" in every
     * scenario that has it, or "scenario/name"; every target when the list is empty).
     */
    public static Result run(List<Path> scenarioFiles, List<Param> params, List<String> targetNames, int replications,
                             int evaluations, int threads, long seed, Path outDir, Provenance provenance) throws IOException {
        long t0 = System.nanoTime();
        Calibration c = new Calibration(scenarioFiles, params, targetNames, replications, threads);
        // check the paths before spending time: a misspelt path is bad input
        c.scenarios(new double[params.size()]);
        try {
            int n = params.size();
            double[] start = new double[n], sigma = new double[n], lo = new double[n], hi = new double[n];
            Arrays.fill(start, 0.5);
            Arrays.fill(sigma, 0.3);
            Arrays.fill(hi, 1.0);
            int lambda = 4 + (int) (3 * Math.log(n));
            CMAESOptimizer opt = new CMAESOptimizer(evaluations, 0, true, 0, 0, new MersenneTwister(seed), false, null);
            try {
                opt.optimize(new MaxEval(evaluations), new ObjectiveFunction(c::loss), GoalType.MINIMIZE,
                        new InitialGuess(start), new SimpleBounds(lo, hi),
                        new CMAESOptimizer.Sigma(sigma), new CMAESOptimizer.PopulationSize(lambda));
            } catch (org.apache.commons.math3.exception.TooManyEvaluationsException e) {
                // the budget is spent: the best point so far is the answer
            }
            Map<String, Double> best = new LinkedHashMap<>();
            for (int i = 0; i < n; i++) best.put(params.get(i).path(), params.get(i).at(c.bestPoint[i]));
            Result r = new Result(best, c.bestLoss, c.evaluations, System.nanoTime() - t0);
            try (OutputFolder folder = new OutputFolder(outDir)) {
                Files.writeString(folder.staging().resolve("calibration.csv"), c.log.toString());
                Files.writeString(folder.staging().resolve("calibration.md"), c.report(r, seed));
                if (provenance != null) provenance.write(folder.staging(), 0, null);
                folder.commit();
            }
            return r;
        } finally {
            c.pool.shutdownNow();
        }
    }

    private List<Scenario> scenarios(double[] unit) {
        List<Scenario> out = new ArrayList<>();
        for (int k = 0; k < scenarioFiles.size(); k++) {
            Map<String, String> o = new LinkedHashMap<>();
            for (int i = 0; i < params.size(); i++) {
                Param p = params.get(i);
                if (p.scenario() == null || p.scenario().equals(names.get(k))) o.put(p.yamlPath(), Double.toString(p.at(clamp(unit[i]))));
            }
            out.add(ScenarioLoader.load(scenarioFiles.get(k), o));
        }
        return out;
    }

    private static double clamp(double u) { return Math.max(0, Math.min(1, u)); }

    private double loss(double[] unit) {
        List<Scenario> ss;
        try {
            ss = scenarios(unit);
        } catch (ScenarioError e) {
            return 1e12; // a point the validator rejects (e.g. thresholds crossing) is as bad as can be
        }
        List<List<Future<List<double[]>>>> submitted = new ArrayList<>();
        for (Scenario s : ss) submitted.add(Replications.submit(pool, s, replications));
        Map<String, List<List<double[]>>> rows = new LinkedHashMap<>();
        for (int k = 0; k < ss.size(); k++) rows.put(names.get(k), Replications.rows(submitted.get(k)));
        evaluations++;
        log.append(evaluations);
        for (int i = 0; i < params.size(); i++) log.append(',').append(Numbers.format(params.get(i).at(clamp(unit[i]))));
        double loss = 0;
        for (Counted c : counted) {
            Targets.Target t = c.target();
            double mean = mean(t, rows.get(c.scenario()));
            if (t.sign()) {
                // only the sign is a target (U-2009 Table 3): a penalty while the mean slope is not below 0, growing with it
                if (!(mean < 0)) loss += 1 + Math.pow(Double.isNaN(mean) ? 1 : mean / 0.1, 2);
            } else if (t.observed() != null) {
                double z = (mean - t.observed()) / Math.max(1e-12, t.tolerance());
                loss += z * z;
            } else {
                double other = mean(t, rows.get(t.than()));
                double gap = t.kind().equals("below") ? mean - other : other - mean;
                if (gap >= 0) loss += 1 + Math.pow(gap / Math.max(1e-12, 0.1 * Math.abs(other)), 2);
            }
            log.append(',').append(Numbers.format(mean));
        }
        log.append(',').append(Numbers.format(loss)).append('\n');
        if (loss < bestLoss) {
            bestLoss = loss;
            bestPoint = unit.clone();
        }
        return loss;
    }

    private static double mean(Targets.Target t, List<List<double[]>> runs) {
        return Validation.meanCi(runs.stream().mapToDouble(run -> Validation.evaluate(t, run)).toArray())[0];
    }

    private String report(Result r, long seed) {
        StringBuilder b = new StringBuilder("# Calibration of ")
                .append(String.join(", ", scenarioFiles.stream().map(Path::toString).toList())).append("\n\n");
        b.append(String.format(Locale.ROOT, "CMA-ES (Commons Math), seed %d, %d evaluations of %d replications each (seeds 1-%d), %.0f s.%n%n",
                seed, r.evaluations(), replications, replications, r.nanos() / 1e9));
        b.append("Loss: sum over the absolute targets of ((simulated mean - observed) / tolerance)^2, plus, for each ")
                .append("relative target missed, 1 + (gap / a tenth of the other mean)^2. Best loss: ")
                .append(Numbers.format(r.loss())).append("\n\n| parameter | range | best |\n|---|---|---|\n");
        for (Param p : params) {
            b.append("| ").append(p.path()).append(" | ").append(Numbers.format(p.lo())).append(" to ").append(Numbers.format(p.hi()))
                    .append(" | ").append(Numbers.format(r.best().get(p.path()))).append(" |\n");
        }
        b.append("\nTargets counted: ").append(String.join(", ", counted.stream().map(Counted::label).toList()))
                .append(". Every evaluation is in calibration.csv.\n");
        return b.toString();
    }
}
