package machikoba.chart;

import machikoba.observe.Observer;

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
        int year = Observer.column("year"), month = Observer.column("month");
        double[][] firms = series(rows, year, month, Observer.column("firms"));
        Charts.png(Charts.lines("Firms alive" + tag, "firms", Map.of("firms", firms)), dir.resolve("firms.png"));

        String[] causes = {"exits_insolvency", "exits_no_successor", "exits_lost_parent", "exits_other"};
        List<String> years = new ArrayList<>();
        for (double[] r : rows) {
            String y = Integer.toString((int) r[year]);
            if (years.isEmpty() || !years.get(years.size() - 1).equals(y)) years.add(y);
        }
        double[][] exits = new double[causes.length][years.size()];
        int first = rows.isEmpty() ? 0 : (int) rows.get(0)[year];
        for (double[] r : rows)
            for (int c = 0; c < causes.length; c++) exits[c][(int) r[year] - first] += r[Observer.column(causes[c])];
        List<String> labels = new ArrayList<>();
        for (String c : causes) labels.add(c.substring("exits_".length()).replace('_', ' '));
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
        dependence.put("price index paid by assemblers", series(rows, year, month, Observer.column("price_index")));
        dependence.put("share with a parent (70%+)", series(rows, year, month, Observer.column("parent_share")));
        dependence.put("share at 50%+", series(rows, year, month, Observer.column("share_50")));
        Charts.png(Charts.lines("Prices and dependence" + tag, "index / share", dependence), dir.resolve("dependence.png"));
    }

    static double[][] series(List<double[]> rows, int year, int month, int column) {
        double[][] xy = new double[2][rows.size()];
        for (int i = 0; i < rows.size(); i++) {
            xy[0][i] = rows.get(i)[year] + (rows.get(i)[month] - 1) / 12.0;
            xy[1][i] = rows.get(i)[column];
        }
        return xy;
    }
}
