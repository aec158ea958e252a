package machikoba.chart;

import org.jfree.chart.ChartFactory;
import org.jfree.chart.ChartUtilities;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.XYPlot;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.jfree.graphics2d.svg.SVGGraphics2D;
import org.jfree.graphics2d.svg.SVGUtils;

import java.awt.Color;
import java.awt.Rectangle;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * JFreeChart figures drawn from observed series, written as PNG (and SVG where asked).
 * Charts never step a simulation: they get the numbers an observer already recorded.
 */
public final class Charts {
    public static final int WIDTH = 900, HEIGHT = 560;

    private Charts() { }

    /** A line chart of several named series over time (x = fractional year). */
    public static JFreeChart lines(String title, String yLabel, Map<String, double[][]> series) {
        XYSeriesCollection data = new XYSeriesCollection();
        for (Map.Entry<String, double[][]> e : series.entrySet()) {
            XYSeries s = new XYSeries(e.getKey(), false, true);
            double[][] xy = e.getValue();
            for (int i = 0; i < xy[0].length; i++) s.add(xy[0][i], xy[1][i]);
            data.addSeries(s);
        }
        JFreeChart chart = ChartFactory.createXYLineChart(title, "year", yLabel, data,
                PlotOrientation.VERTICAL, series.size() > 1, false, false);
        XYPlot plot = chart.getXYPlot();
        plot.setBackgroundPaint(Color.WHITE);
        plot.setDomainGridlinePaint(Color.LIGHT_GRAY);
        plot.setRangeGridlinePaint(Color.LIGHT_GRAY);
        ((org.jfree.chart.axis.NumberAxis) plot.getRangeAxis()).setAutoRangeIncludesZero(false);
        yearAxis(plot);
        return chart;
    }

    /** Years on the x axis read as years: whole numbers, no thousands separator ("1990", not "1,990"). */
    static void yearAxis(XYPlot plot) {
        org.jfree.chart.axis.NumberAxis x = (org.jfree.chart.axis.NumberAxis) plot.getDomainAxis();
        x.setAutoRangeIncludesZero(false);
        x.setStandardTickUnits(org.jfree.chart.axis.NumberAxis.createIntegerTickUnits());
        x.setNumberFormatOverride(new java.text.DecimalFormat("0"));
    }

    /** A stacked bar chart: rows are series (e.g. exit causes), columns categories (years). */
    public static JFreeChart stackedBars(String title, String category, String value, List<String> rows,
                                         List<String> columns, double[][] values) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        for (int r = 0; r < rows.size(); r++)
            for (int c = 0; c < columns.size(); c++) data.addValue(values[r][c], rows.get(r), columns.get(c));
        JFreeChart chart = ChartFactory.createStackedBarChart(title, category, value, data,
                PlotOrientation.VERTICAL, true, false, false);
        chart.getCategoryPlot().setBackgroundPaint(Color.WHITE);
        chart.getCategoryPlot().setRangeGridlinePaint(Color.LIGHT_GRAY);
        CategoryAxis axis = chart.getCategoryPlot().getDomainAxis();
        axis.setCategoryLabelPositions(CategoryLabelPositions.UP_90);
        return chart;
    }

    /** A histogram as bars: counts per labelled bin. */
    public static JFreeChart bars(String title, String category, String value, List<String> labels, double[] counts) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        for (int i = 0; i < labels.size(); i++) data.addValue(counts[i], value, labels.get(i));
        JFreeChart chart = ChartFactory.createBarChart(title, category, value, data,
                PlotOrientation.VERTICAL, false, false, false);
        chart.getCategoryPlot().setBackgroundPaint(Color.WHITE);
        chart.getCategoryPlot().setRangeGridlinePaint(Color.LIGHT_GRAY);
        return chart;
    }

    public static void png(JFreeChart chart, Path file) throws IOException {
        ChartUtilities.saveChartAsPNG(file.toFile(), chart, WIDTH, HEIGHT);
    }

    public static void svg(JFreeChart chart, Path file) throws IOException {
        SVGGraphics2D g = new SVGGraphics2D(WIDTH, HEIGHT);
        g.setDefsKeyPrefix("machikoba"); // the default prefix holds the clock, so equal charts would differ
        chart.draw(g, new Rectangle(0, 0, WIDTH, HEIGHT));
        SVGUtils.writeToSVG(file.toFile(), g.getSVGElement());
    }
}
