package machikoba.chart;

import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.DeviationRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.geom.Ellipse2D;

/**
 * A mean line with a shaded band over replications (e.g. the 5th to 95th percentile), and
 * optional observed points drawn over it: how a district's simulated firm count compares
 * with the census.
 */
public final class BandChart {
    private BandChart() { }

    /**
     * @param x      time (fractional years)
     * @param mean   mean over replications at each x
     * @param low    lower edge of the band
     * @param high   upper edge of the band
     * @param pointsX observed points (may be empty)
     */
    public static JFreeChart of(String title, String yLabel, String bandLabel, double[] x, double[] mean, double[] low,
                                double[] high, String pointsLabel, double[] pointsX, double[] pointsY) {
        YIntervalSeries band = new YIntervalSeries(bandLabel);
        for (int i = 0; i < x.length; i++) band.add(x[i], mean[i], low[i], high[i]);
        YIntervalSeriesCollection bands = new YIntervalSeriesCollection();
        bands.addSeries(band);
        JFreeChart chart = ChartFactory.createXYLineChart(title, "year", yLabel, bands,
                PlotOrientation.VERTICAL, true, false, false);
        XYPlot plot = chart.getXYPlot();
        plot.setBackgroundPaint(Color.WHITE);
        plot.setDomainGridlinePaint(Color.LIGHT_GRAY);
        plot.setRangeGridlinePaint(Color.LIGHT_GRAY);
        DeviationRenderer r = new DeviationRenderer(true, false);
        r.setSeriesPaint(0, new Color(31, 90, 160));
        r.setSeriesFillPaint(0, new Color(120, 160, 220));
        r.setSeriesStroke(0, new BasicStroke(2f));
        r.setAlpha(0.35f);
        plot.setRenderer(0, r);
        if (pointsX.length > 0) {
            XYSeries pts = new XYSeries(pointsLabel);
            for (int i = 0; i < pointsX.length; i++) pts.add(pointsX[i], pointsY[i]);
            plot.setDataset(1, new XYSeriesCollection(pts));
            XYLineAndShapeRenderer dots = new XYLineAndShapeRenderer(false, true);
            dots.setSeriesPaint(0, new Color(200, 40, 40));
            dots.setSeriesShape(0, new Ellipse2D.Double(-5, -5, 10, 10));
            plot.setRenderer(1, dots);
        }
        ((org.jfree.chart.axis.NumberAxis) plot.getRangeAxis()).setAutoRangeIncludesZero(true);
        Charts.yearAxis(plot);
        return chart;
    }
}
