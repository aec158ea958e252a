package machikoba.experiment;

import machikoba.observe.Observer;
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
import org.apache.commons.math3.stat.descriptive.SummaryStatistics;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Tunes scenario parameters (never outputs) against a scenario's targets, repeatably.
 *
 * <p>The loss is the sum over the absolute targets of ((simulated mean - observed) / tolerance)^2,
 * the mean taken over replications with seeds 1..R. Fixed seeds make the loss a deterministic
 * function of the parameters (common random numbers), so the optimiser compares parameter
 * points, not luck. The optimiser is Commons Math's CMA-ES on parameters scaled to [0, 1],
 * seeded, so the whole calibration repeats exactly. Every evaluation is logged.
 */
public final class Calibration {
    public record Param(String path, double lo, double hi) {
        double at(double unit) { return lo + unit * (hi - lo); }
    }

    public record Result(Map<String, Double> best, double loss, int evaluations, long nanos) { }

    private final Path scenarioFile;
    private final Targets targets;
    private final List<Param> params;
    private final int replications;
    private final List<String> only;
    private final ExecutorService pool;
    private final StringBuilder log = new StringBuilder();
    private int evaluations;
    private double bestLoss = Double.POSITIVE_INFINITY;
    private double[] bestPoint;

    private Calibration(Path scenarioFile, List<Param> params, List<String> only, int replications, int threads) {
        this.scenarioFile = scenarioFile;
        this.targets = Targets.load(Targets.fileFor(scenarioFile), new LinkedHashSet<>(Arrays.asList(Observer.COLUMNS)));
        this.params = params;
        this.only = only;
        for (String name : only) {
            if (targets.targets().stream().noneMatch(t -> t.name().equals(name) && t.observed() != null)) {
                throw new ScenarioError(Targets.fileFor(scenarioFile).toString(), 0, "targets",
                        "no absolute target named '" + name + "' to calibrate against");
            }
        }
        this.replications = replications;
        this.pool = Executors.newFixedThreadPool(Math.max(1, threads));
        log.append("evaluation,").append(String.join(",", params.stream().map(Param::path).toList()));
        for (Targets.Target t : absoluteTargets()) log.append(',').append(t.name());
        log.append(",loss\n");
    }

    /** The targets the loss counts: the absolute ones, or only those named. */
    private List<Targets.Target> absoluteTargets() {
        return targets.targets().stream()
                .filter(t -> t.observed() != null && (only.isEmpty() || only.contains(t.name()))).toList();
    }

    public static Result run(Path scenarioFile, List<Param> params, int replications, int evaluations, int threads,
                             long seed, Path outDir) throws IOException {
        return run(scenarioFile, params, List.of(), replications, evaluations, threads, seed, outDir);
    }

    /** As above, counting only the named targets (all absolute targets when the list is empty). */
    public static Result run(Path scenarioFile, List<Param> params, List<String> targetNames, int replications,
                             int evaluations, int threads, long seed, Path outDir) throws IOException {
        long t0 = System.nanoTime();
        Calibration c = new Calibration(scenarioFile, params, targetNames, replications, threads);
        // check the paths before spending time: a misspelt path is bad input
        c.scenario(new double[params.size()]);
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
                folder.commit();
            }
            return r;
        } finally {
            c.pool.shutdownNow();
        }
    }

    private Scenario scenario(double[] unit) {
        Map<String, String> o = new LinkedHashMap<>();
        for (int i = 0; i < params.size(); i++) o.put(params.get(i).path(), Double.toString(params.get(i).at(clamp(unit[i]))));
        return ScenarioLoader.load(scenarioFile, o);
    }

    private static double clamp(double u) { return Math.max(0, Math.min(1, u)); }

    private double loss(double[] unit) {
        Scenario s;
        try {
            s = scenario(unit);
        } catch (ScenarioError e) {
            return 1e12; // a point the validator rejects (e.g. thresholds crossing) is as bad as can be
        }
        List<List<double[]>> rows = Replications.rows(Replications.submit(pool, s, replications));
        double loss = 0;
        evaluations++;
        log.append(evaluations);
        for (int i = 0; i < params.size(); i++) log.append(',').append(Numbers.format(params.get(i).at(clamp(unit[i]))));
        for (Targets.Target t : absoluteTargets()) {
            SummaryStatistics m = new SummaryStatistics();
            for (List<double[]> run : rows) m.addValue(Validation.evaluate(t, run));
            double z = (m.getMean() - t.observed()) / Math.max(1e-12, t.tolerance());
            loss += z * z;
            log.append(',').append(Numbers.format(m.getMean()));
        }
        log.append(',').append(Numbers.format(loss)).append('\n');
        if (loss < bestLoss) {
            bestLoss = loss;
            bestPoint = unit.clone();
        }
        return loss;
    }

    private String report(Result r, long seed) {
        StringBuilder b = new StringBuilder("# Calibration of ").append(scenarioFile).append("\n\n");
        b.append(String.format(Locale.ROOT, "CMA-ES (Commons Math), seed %d, %d evaluations of %d replications each (seeds 1-%d), %.0f s.%n%n",
                seed, r.evaluations(), replications, replications, r.nanos() / 1e9));
        b.append("Loss: sum over the targets of ((simulated mean - observed) / tolerance)^2. Best loss: ")
                .append(Numbers.format(r.loss())).append("\n\n| parameter | range | best |\n|---|---|---|\n");
        for (Param p : params) {
            b.append("| ").append(p.path()).append(" | ").append(Numbers.format(p.lo())).append(" to ").append(Numbers.format(p.hi()))
                    .append(" | ").append(Numbers.format(r.best().get(p.path()))).append(" |\n");
        }
        b.append("\nTargets: ").append(Targets.fileFor(scenarioFile))
                .append(only.isEmpty() ? " (all absolute targets)" : " (only " + String.join(", ", only) + ")")
                .append(". Every evaluation is in calibration.csv.\n");
        return b.toString();
    }
}
