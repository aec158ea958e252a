package machikoba.experiment;

import machikoba.chart.Charts;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.XYPlot;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The profile of the calibration loss over one parameter: at each value of a grid the parameter is
 * held fixed and every other parameter is calibrated again ({@link Calibration}, the same seeds and
 * optimiser seed at each point). A parameter the targets identify has a profile with a clear
 * minimum inside its range; a flat profile says the targets cannot tell its values apart.
 * Writes profile.csv (value, best loss, the other parameters' best values), profile.md, and
 * profile.png / profile.svg, with each point's own calibration in point-K/.
 */
public final class LossProfile {
    private LossProfile() { }

    public record Point(double value, Calibration.Result best) { }

    public static List<Point> run(List<Path> scenarioFiles, String path, double lo, double hi, int points,
                                  List<Calibration.Param> others, List<String> targetNames, int replications,
                                  int evaluations, int threads, long seed, Path outDir, Provenance provenance) throws IOException {
        List<Point> profile = new ArrayList<>();
        for (int k = 0; k < points; k++) {
            double v = points == 1 ? lo : lo + k * (hi - lo) / (points - 1);
            List<Calibration.Param> ps = new ArrayList<>();
            ps.add(new Calibration.Param(path, v, v)); // held fixed: lo = hi
            ps.addAll(others);
            Calibration.Result r = Calibration.run(scenarioFiles, ps, targetNames, replications, evaluations, threads, seed,
                    outDir.resolve("point-" + (k + 1)), null);
            profile.add(new Point(v, r));
        }
        try (OutputFolder folder = new OutputFolder(outDir.resolve("profile"))) {
            Files.writeString(folder.staging().resolve("profile.csv"), csv(path, others, profile));
            Files.writeString(folder.staging().resolve("profile.md"), report(path, profile, replications, evaluations));
            JFreeChart chart = chart(path, profile);
            Charts.png(chart, folder.staging().resolve("profile.png"));
            Charts.svg(chart, folder.staging().resolve("profile.svg"));
            if (provenance != null) provenance.write(folder.staging(), 0, null);
            folder.commit();
        }
        return profile;
    }

    /** The grid value with the lowest re-calibrated loss. */
    public static Point best(List<Point> profile) {
        Point b = profile.get(0);
        for (Point p : profile) if (p.best().loss() < b.best().loss()) b = p;
        return b;
    }

    static String csv(String path, List<Calibration.Param> others, List<Point> profile) {
        StringBuilder s = new StringBuilder(path).append(",loss");
        for (Calibration.Param p : others) s.append(',').append(p.path());
        s.append('\n');
        for (Point p : profile) {
            s.append(Numbers.format(p.value())).append(',').append(Numbers.format(p.best().loss()));
            for (Calibration.Param o : others) s.append(',').append(Numbers.format(p.best().best().get(o.path())));
            s.append('\n');
        }
        return s.toString();
    }

    static String report(String path, List<Point> profile, int replications, int evaluations) {
        Point b = best(profile);
        StringBuilder s = new StringBuilder("# Profile of the calibration loss over " + path + "\n\n");
        s.append(String.format(Locale.ROOT, "At each value the other parameters were calibrated again (CMA-ES, %d evaluations of seeds 1-%d).%n%n",
                evaluations, replications));
        s.append("| ").append(path).append(" | best loss |\n|---|---|\n");
        for (Point p : profile) s.append(String.format(Locale.ROOT, "| %.5g | %.4g |%n", p.value(), p.best().loss()));
        s.append(String.format(Locale.ROOT, "%nLowest loss %.4g at %s = %.5g.%n", b.best().loss(), path, b.value()));
        return s.toString();
    }

    static JFreeChart chart(String path, List<Point> profile) {
        double[][] xy = new double[2][profile.size()];
        for (int i = 0; i < profile.size(); i++) {
            xy[0][i] = profile.get(i).value();
            xy[1][i] = profile.get(i).best().loss();
        }
        Map<String, double[][]> series = new LinkedHashMap<>();
        series.put("loss, others re-calibrated", xy);
        JFreeChart chart = Charts.lines("Profile of the calibration loss over " + path, "loss (sum of squared misses in tolerances)", series);
        XYPlot plot = chart.getXYPlot();
        org.jfree.chart.axis.NumberAxis x = new org.jfree.chart.axis.NumberAxis(path);
        x.setAutoRangeIncludesZero(false);
        plot.setDomainAxis(x);
        org.jfree.chart.renderer.xy.XYLineAndShapeRenderer r = new org.jfree.chart.renderer.xy.XYLineAndShapeRenderer(true, true);
        plot.setRenderer(r);
        org.jfree.chart.axis.LogarithmicAxis y = new org.jfree.chart.axis.LogarithmicAxis("loss (log scale)");
        y.setAllowNegativesFlag(false);
        y.setStrictValuesFlag(false);
        plot.setRangeAxis(y);
        return chart;
    }
}
