package machikoba.chart;

import org.jfree.chart.ChartFactory;
import org.jfree.chart.ChartUtilities;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.StandardXYBarPainter;
import org.jfree.chart.renderer.xy.XYBarRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.jfree.graphics2d.svg.SVGGraphics2D;
import org.jfree.graphics2d.svg.SVGUtils;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * A pair plot of a posterior sample: the weighted histogram of each parameter on the diagonal,
 * each pair of parameters as a scatter off it, each axis over the parameter's prior range.
 * Drawn as PNG or SVG.
 */
public final class PairPlot {
    private static final int CELL = 320, BINS = 20;
    private static final Color BLUE = new Color(0x1f77b4);

    private final JFreeChart[][] cells;
    private final int w, h;

    /** The plot of a sample: values[i][j] is sample i's parameter j, over the prior range lo[j] to hi[j]. */
    public static PairPlot of(String title, List<String> names, double[] lo, double[] hi, double[][] values, double[] weights) {
        return new PairPlot(title, names, lo, hi, values, weights);
    }

    private PairPlot(String title, List<String> names, double[] lo, double[] hi, double[][] values, double[] weights) {
        int p = names.size();
        w = p == 1 ? Charts.WIDTH : CELL * p;
        h = p == 1 ? Charts.HEIGHT : CELL * p;
        cells = new JFreeChart[p][p];
        for (int r = 0; r < p; r++) {
            for (int c = 0; c < p; c++) {
                cells[r][c] = r == c ? histogram(p == 1 ? title : null, names.get(c), lo[c], hi[c], column(values, c), weights)
                        : scatter(names.get(c), names.get(r), lo[c], hi[c], lo[r], hi[r], column(values, c), column(values, r));
            }
        }
    }

    public void png(Path file) throws IOException {
        BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        draw(cells, g, w, h);
        g.dispose();
        try (var out = Files.newOutputStream(file)) {
            ChartUtilities.writeBufferedImageAsPNG(out, img);
        }
    }

    public void svg(Path file) throws IOException {
        SVGGraphics2D g = new SVGGraphics2D(w, h);
        g.setDefsKeyPrefix("machikoba"); // the default prefix holds the clock, so equal charts would differ
        draw(cells, g, w, h);
        SVGUtils.writeToSVG(file.toFile(), g.getSVGElement());
    }

    private static void draw(JFreeChart[][] cells, Graphics2D g, int w, int h) {
        int p = cells.length;
        g.setPaint(Color.WHITE);
        g.fillRect(0, 0, w, h);
        for (int r = 0; r < p; r++) {
            for (int c = 0; c < p; c++) cells[r][c].draw(g, new Rectangle(c * w / p, r * h / p, w / p, h / p));
        }
    }

    private static double[] column(double[][] values, int j) {
        double[] out = new double[values.length];
        for (int i = 0; i < values.length; i++) out[i] = values[i][j];
        return out;
    }

    /** Weighted histogram over [lo, hi] in {@value #BINS} bins, as shares of the total weight. */
    static double[] bins(double lo, double hi, double[] v, double[] weights) {
        double[] share = new double[BINS];
        double total = 0;
        for (int i = 0; i < v.length; i++) {
            int b = (int) Math.floor((v[i] - lo) / (hi - lo) * BINS);
            share[Math.max(0, Math.min(BINS - 1, b))] += weights[i];
            total += weights[i];
        }
        for (int b = 0; b < BINS; b++) share[b] = total > 0 ? share[b] / total : 0;
        return share;
    }

    private static JFreeChart histogram(String title, String label, double lo, double hi, double[] v, double[] weights) {
        double[] share = bins(lo, hi, v, weights);
        XYSeries s = new XYSeries(label);
        for (int b = 0; b < BINS; b++) s.add(lo + (b + 0.5) * (hi - lo) / BINS, share[b]);
        XYSeriesCollection data = new XYSeriesCollection(s);
        data.setIntervalWidth((hi - lo) / BINS);
        JFreeChart chart = ChartFactory.createXYBarChart(title, label, false, "weight share", data,
                PlotOrientation.VERTICAL, false, false, false);
        XYPlot plot = style(chart, lo, hi);
        XYBarRenderer r = (XYBarRenderer) plot.getRenderer();
        r.setBarPainter(new StandardXYBarPainter());
        r.setShadowVisible(false);
        r.setSeriesPaint(0, BLUE);
        return chart;
    }

    private static JFreeChart scatter(String xLabel, String yLabel, double xLo, double xHi, double yLo, double yHi,
                                      double[] x, double[] y) {
        XYSeries s = new XYSeries("posterior", false, true);
        for (int i = 0; i < x.length; i++) s.add(x[i], y[i]);
        JFreeChart chart = ChartFactory.createScatterPlot(null, xLabel, yLabel, new XYSeriesCollection(s),
                PlotOrientation.VERTICAL, false, false, false);
        XYPlot plot = style(chart, xLo, xHi);
        plot.getRangeAxis().setRange(yLo, yHi);
        XYLineAndShapeRenderer r = (XYLineAndShapeRenderer) plot.getRenderer();
        r.setSeriesShape(0, new Ellipse2D.Double(-2, -2, 4, 4));
        r.setSeriesPaint(0, new Color(0x1f, 0x77, 0xb4, 140));
        return chart;
    }

    private static XYPlot style(JFreeChart chart, double lo, double hi) {
        XYPlot plot = chart.getXYPlot();
        plot.setBackgroundPaint(Color.WHITE);
        plot.setDomainGridlinePaint(Color.LIGHT_GRAY);
        plot.setRangeGridlinePaint(Color.LIGHT_GRAY);
        plot.getDomainAxis().setRange(lo, hi);
        Font small = new Font(Font.SANS_SERIF, Font.PLAIN, 10);
        for (NumberAxis a : new NumberAxis[] {(NumberAxis) plot.getDomainAxis(), (NumberAxis) plot.getRangeAxis()}) {
            a.setTickLabelFont(small);
            a.setLabelFont(small);
        }
        return chart.getXYPlot();
    }
}
