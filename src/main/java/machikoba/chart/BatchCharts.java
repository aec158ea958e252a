package machikoba.chart;

import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.renderer.xy.DeviationRenderer;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;

import java.awt.BasicStroke;
import java.awt.Color;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Figures of a batch, drawn from statistics over replications (never from a simulation):
 * fan charts (mean line and 5-95% band of the replications per year) for each point, and
 * charts of a run metric against each swept parameter, one line per combination of the other
 * swept parameters. Each is written as PNG and SVG, whole or not at all.
 */
public final class BatchCharts {
    private static final Color[] PALETTE = {new Color(0x1f77b4), new Color(0xd62728), new Color(0x2ca02c),
        new Color(0x9467bd), new Color(0xff7f0e), new Color(0x8c564b), new Color(0x17becf), new Color(0x7f7f7f)};

    private BatchCharts() { }

    /**
     * Lines with bands: each series is {x, mean, low, high}.
     */
    public static JFreeChart bands(String title, String xLabel, String yLabel, Map<String, double[][]> series) {
        YIntervalSeriesCollection data = new YIntervalSeriesCollection();
        for (Map.Entry<String, double[][]> e : series.entrySet()) {
            YIntervalSeries s = new YIntervalSeries(e.getKey(), false, true);
            double[][] v = e.getValue();
            for (int i = 0; i < v[0].length; i++) s.add(v[0][i], v[1][i], v[2][i], v[3][i]);
            data.addSeries(s);
        }
        JFreeChart chart = ChartFactory.createXYLineChart(title, xLabel, yLabel, data, PlotOrientation.VERTICAL,
                series.size() > 1, false, false);
        XYPlot plot = chart.getXYPlot();
        int xs = series.isEmpty() ? 0 : series.values().iterator().next()[0].length;
        DeviationRenderer r = new DeviationRenderer(true, xs < 30); // dots only where points are few
        for (int i = 0; i < series.size(); i++) {
            Color c = PALETTE[i % PALETTE.length];
            r.setSeriesPaint(i, c);
            r.setSeriesFillPaint(i, c);
            r.setSeriesStroke(i, new BasicStroke(2f));
        }
        r.setAlpha(0.2f);
        plot.setRenderer(r);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setDomainGridlinePaint(Color.LIGHT_GRAY);
        plot.setRangeGridlinePaint(Color.LIGHT_GRAY);
        ((NumberAxis) plot.getRangeAxis()).setAutoRangeIncludesZero(false);
        if (xLabel.equals("year")) Charts.yearAxis(plot);
        else ((NumberAxis) plot.getDomainAxis()).setAutoRangeIncludesZero(false);
        return chart;
    }

    /** One fan chart per metric of one point: {year, mean, p05, p95} per metric. */
    public static void fans(String scenario, int point, String label, Map<String, double[][]> metrics, Path dir)
            throws IOException {
        for (Map.Entry<String, double[][]> e : metrics.entrySet()) {
            String title = e.getKey() + " — " + scenario + ", point " + point + (label.isEmpty() ? "" : " (" + label + ")");
            Map<String, double[][]> one = new LinkedHashMap<>();
            one.put("mean, band 5-95% of replications", e.getValue());
            JFreeChart c = bands(title, "year", e.getKey() + " (yearly)", one);
            write(c, dir, String.format("fan_%s_point-%04d", e.getKey(), point));
        }
    }

    /**
     * Metric against each swept path. stats[point][metric] = {n, mean, sd, ciLow, ciHigh, p05, p95}.
     */
    public static void sweeps(String scenario, List<Map<String, String>> points, List<String> swept, String[] metrics,
                              List<double[][]> stats, Path dir) throws IOException {
        for (String axis : swept) {
            if (!numeric(points, axis)) continue;
            for (int m = 0; m < metrics.length; m++) {
                Map<String, List<double[]>> lines = new LinkedHashMap<>();
                for (int p = 0; p < points.size(); p++) {
                    List<String> others = new ArrayList<>();
                    for (String o : swept) if (!o.equals(axis)) others.add(o + "=" + points.get(p).get(o));
                    String key = others.isEmpty() ? "mean, band 5-95% of replications" : String.join(", ", others);
                    double[] s = stats.get(p)[m];
                    lines.computeIfAbsent(key, k -> new ArrayList<>())
                            .add(new double[] {Double.parseDouble(points.get(p).get(axis)), s[1], s[5], s[6]});
                }
                Map<String, double[][]> series = new LinkedHashMap<>();
                for (Map.Entry<String, List<double[]>> e : lines.entrySet()) {
                    List<double[]> rows = new ArrayList<>(e.getValue());
                    rows.sort((a, b) -> Double.compare(a[0], b[0]));
                    double[][] v = new double[4][rows.size()];
                    for (int i = 0; i < rows.size(); i++) for (int k = 0; k < 4; k++) v[k][i] = rows.get(i)[k];
                    series.put(e.getKey(), v);
                }
                JFreeChart c = bands(metrics[m] + " against " + axis + " — " + scenario, axis, metrics[m] + " (run end)", series);
                write(c, dir, "sweep_" + axis.replaceAll("[^A-Za-z0-9._-]", "_") + "_" + metrics[m]);
            }
        }
    }

    /** Grouped bars per parameter (in ranked order): one bar per series, e.g. S1 and ST. */
    public static void ranking(String title, List<String> parameters, String[] seriesNames, List<double[]> values,
                               Path dir, String name) throws IOException {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        for (int p = 0; p < parameters.size(); p++)
            for (int s = 0; s < seriesNames.length; s++) data.addValue(values.get(p)[s], seriesNames[s], parameters.get(p));
        JFreeChart chart = ChartFactory.createBarChart(title, "parameter", "index", data,
                PlotOrientation.HORIZONTAL, true, false, false);
        chart.getCategoryPlot().setBackgroundPaint(Color.WHITE);
        chart.getCategoryPlot().setRangeGridlinePaint(Color.LIGHT_GRAY);
        chart.getCategoryPlot().getDomainAxis().setMaximumCategoryLabelWidthRatio(0.45f); // long YAML paths
        BarRenderer r = (BarRenderer) chart.getCategoryPlot().getRenderer();
        r.setBarPainter(new StandardBarPainter());
        r.setShadowVisible(false);
        for (int s = 0; s < seriesNames.length; s++) r.setSeriesPaint(s, PALETTE[s % PALETTE.length]);
        write(chart, dir, name);
    }

    private static boolean numeric(List<Map<String, String>> points, String path) {
        for (Map<String, String> p : points) {
            try { Double.parseDouble(p.get(path)); } catch (NumberFormatException e) { return false; }
        }
        return true;
    }

    /** PNG and SVG, each written under a temporary name and moved into place. */
    public static void write(JFreeChart chart, Path dir, String name) throws IOException {
        Path png = dir.resolve(name + ".png"), svg = dir.resolve(name + ".svg");
        Path tmpPng = dir.resolve("." + name + ".png.partial-" + ProcessHandle.current().pid());
        Path tmpSvg = dir.resolve("." + name + ".svg.partial-" + ProcessHandle.current().pid());
        try {
            Charts.png(chart, tmpPng);
            Files.move(tmpPng, png, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            Charts.svg(chart, tmpSvg);
            Files.move(tmpSvg, svg, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(tmpPng);
            Files.deleteIfExists(tmpSvg);
        }
    }
}
