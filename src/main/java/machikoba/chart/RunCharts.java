package machikoba.chart;

import machikoba.observe.Metric;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The figures of one run: firms over time, exits by cause per year, top-customer shares at the end. */
public final class RunCharts {
    private RunCharts() { }

    public static void write(String scenario, long seed, List<double[]> rows, double[] finalTopShares, Path dir)
            throws IOException {
        String tag = " — " + scenario + ", seed " + seed;
        double[][] firms = series(rows, Metric.FIRMS);
        Charts.png(Charts.lines("Firms alive" + tag, "firms", Map.of("firms", firms)), dir.resolve("firms.png"));

        Metric[] causes = {Metric.EXITS_INSOLVENCY, Metric.EXITS_NO_SUCCESSOR, Metric.EXITS_LOST_PARENT, Metric.EXITS_OTHER};
        List<String> years = new ArrayList<>();
        for (double[] r : rows) {
            String y = Integer.toString((int) Metric.YEAR.of(r));
            if (years.isEmpty() || !years.get(years.size() - 1).equals(y)) years.add(y);
        }
        double[][] exits = new double[causes.length][years.size()];
        int first = rows.isEmpty() ? 0 : (int) Metric.YEAR.of(rows.get(0));
        for (double[] r : rows)
            for (int c = 0; c < causes.length; c++) exits[c][(int) Metric.YEAR.of(r) - first] += causes[c].of(r);
        List<String> labels = new ArrayList<>();
        for (Metric c : causes) labels.add(c.column().substring("exits_".length()).replace('_', ' '));
        Charts.png(Charts.stackedBars("Exits by cause" + tag, "year", "exits per year", labels, years, exits),
                dir.resolve("exits.png"));

        int bins = 10;
        double[] counts = new double[bins];
        for (double s : finalTopShares) counts[Math.min(bins - 1, (int) (s * bins))]++;
        List<String> binLabels = new ArrayList<>();
        for (int b = 0; b < bins; b++) binLabels.add((b * 10) + "-" + (b * 10 + 10) + "%");
        Charts.png(Charts.bars("Top customer's share of sales, end of run" + tag, "share of sales", "firms",
                binLabels, counts), dir.resolve("top_share.png"));

        Map<String, double[][]> dependence = new LinkedHashMap<>();
        dependence.put("price index paid by assemblers", series(rows, Metric.PRICE_INDEX));
        dependence.put("share with a parent (70%+)", series(rows, Metric.PARENT_SHARE));
        dependence.put("share at 50%+", series(rows, Metric.SHARE_50));
        Charts.png(Charts.lines("Prices and dependence" + tag, "index / share", dependence), dir.resolve("dependence.png"));
    }

    static double[][] series(List<double[]> rows, Metric metric) {
        double[][] xy = new double[2][rows.size()];
        for (int i = 0; i < rows.size(); i++) {
            xy[0][i] = Metric.YEAR.of(rows.get(i)) + (Metric.MONTH.of(rows.get(i)) - 1) / 12.0;
            xy[1][i] = metric.of(rows.get(i));
        }
        return xy;
    }
}
