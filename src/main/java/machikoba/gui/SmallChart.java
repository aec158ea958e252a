package machikoba.gui;

import org.jfree.chart.ChartFactory;
import org.jfree.chart.ChartPanel;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.XYPlot;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

import javax.swing.SwingUtilities;
import java.awt.Color;
import java.awt.Font;
import java.text.DecimalFormat;

/**
 * A small time chart (x: year) that fits in a grid cell of the one chart window. Its series are
 * changed only on Swing's thread ({@link #onSwing}): the model's thread computes the numbers and
 * hands them over, so a chart is never drawn while its data changes.
 */
final class SmallChart {
    private static final Font TITLE = new Font(Font.SANS_SERIF, Font.BOLD, 12), SMALL = new Font(Font.SANS_SERIF, Font.PLAIN, 10);

    private final XYSeriesCollection data = new XYSeriesCollection();
    final ChartPanel panel;

    SmallChart(String title, String yLabel) {
        JFreeChart chart = ChartFactory.createXYLineChart(title, null, yLabel, data, PlotOrientation.VERTICAL, true, false, false);
        chart.getTitle().setFont(TITLE);
        chart.getLegend().setItemFont(SMALL);
        chart.setAntiAlias(true);
        XYPlot plot = chart.getXYPlot();
        plot.setBackgroundPaint(Color.WHITE);
        plot.setDomainGridlinePaint(Color.LIGHT_GRAY);
        plot.setRangeGridlinePaint(Color.LIGHT_GRAY);
        NumberAxis years = (NumberAxis) plot.getDomainAxis();
        years.setAutoRangeIncludesZero(false);
        years.setStandardTickUnits(NumberAxis.createIntegerTickUnits());  // whole years: no "1986 1986 1986"
        years.setNumberFormatOverride(new DecimalFormat("0"));
        years.setTickLabelFont(SMALL);
        NumberAxis values = (NumberAxis) plot.getRangeAxis();
        values.setAutoRangeIncludesZero(false);  // a price falling from 1.00 to 0.94 must show
        values.setTickLabelFont(SMALL);
        values.setLabelFont(SMALL);
        // drawn into a buffer at the cell's own size, whatever the window's size
        panel = new ChartPanel(chart, 300, 200, 120, 90, 4000, 3000, true, false, false, false, false, false);
    }

    /** A new line on the chart, in the chart's next colour. */
    XYSeries series(String name, int maxMonths) {
        XYSeries s = new XYSeries(name, false, true);
        if (maxMonths > 0) s.setMaximumItemCount(maxMonths);  // the oldest month drops out: a ring
        data.addSeries(s);
        return s;
    }

    /** Runs on Swing's thread, in order with everything handed over before. */
    static void onSwing(Runnable r) {
        if (SwingUtilities.isEventDispatchThread()) r.run(); else SwingUtilities.invokeLater(r);
    }
}
