package machikoba.scenario;

import java.nio.file.Path;
import java.util.List;

/**
 * What a district's runs must reproduce: the observed figures of the studies, each with the
 * metric and years it compares with and a tolerance. Kept in a file beside the scenario
 * ({@code ota.yaml} -> {@code ota.targets.yaml}) so that a scenario holds only causes.
 *
 * <p>Kinds of target:
 * <ul>
 * <li>{@code yearly_change}: yearly rate of change of {@code column} from {@code from} to
 *     {@code to}, the log-linear trend of the yearly means ({@link machikoba.observe.YearlyChange}),
 *     e.g. establishments -3.5% a year;</li>
 * <li>{@code mean}: mean of {@code column} over the months of years {@code from}-{@code to} (one
 *     year when {@code from} = {@code to}: a value in one year);</li>
 * <li>{@code ratio}: the sum of {@code column} over months {@code months} ({@code [first, last]},
 *     all twelve when absent) of year {@code to}, over the same sum of year {@code from}, e.g.
 *     bankruptcies of January-June 1998 over January-June 1997;</li>
 * <li>{@code years_below}: of the years {@code from}-{@code to}, the share in which the year's sum
 *     of {@code column} is below the year's sum of {@code against}, e.g. entries below exits;</li>
 * <li>{@code peak_year}: the year of the highest yearly mean of {@code column} from {@code from}
 *     to {@code to}, e.g. SME value added peaked in 1997, the turning point [U-2009]; the tolerance
 *     is in years;</li>
 * <li>{@code negative_slope}: the least-squares slope of the yearly growth of {@code column} on
 *     the yearly growth of {@code against} over the years must be negative; only the sign is a
 *     target, so it takes no {@code observed} or {@code tolerance};</li>
 * <li>{@code below} / {@code above}: this scenario's figure must be lower / higher than the
 *     target of the same name of scenario {@code than} (Kyoto's relative targets); the figure is
 *     the {@code measure} given ({@code mean}, the default, or {@code yearly_change}).</li>
 * </ul>
 * {@code census} points (year, firms) are drawn on the validation chart.
 */
public record Targets(String scenario, List<Target> targets, List<CensusPoint> census) {

    public record Target(String name, String kind, String column, Integer from, Integer to, Double observed,
                         Double tolerance, String than, String measure, String source, String against, List<Integer> months) {
        /** The statistic computed from a run: a census-style yearly change, or a mean. */
        public boolean yearlyChange() {
            return kind.equals("yearly_change") || "yearly_change".equals(measure);
        }

        /** Passes on the other scenario's figure ({@code below} / {@code above}), not on an observed one. */
        public boolean relative() { return kind.equals("below") || kind.equals("above"); }

        /** Passes on a sign alone ({@code negative_slope}), not on an observed figure. */
        public boolean sign() { return kind.equals("negative_slope"); }
    }

    public record CensusPoint(int year, double firms, String source) { }

    static final List<String> KINDS = List.of("yearly_change", "mean", "ratio", "years_below", "peak_year", "negative_slope", "below", "above");

    /** The targets file that goes with a scenario file. */
    public static Path fileFor(Path scenario) {
        String n = scenario.getFileName().toString();
        String base = n.endsWith(".yaml") ? n.substring(0, n.length() - 5) : n;
        return scenario.resolveSibling(base + ".targets.yaml");
    }

    /**
     * Reads the targets of a scenario and checks each: required fields, a known kind and
     * column, years within the scenario's period, finite figures. A relative target's
     * {@code than} is checked by the caller, which knows the other scenarios of the call.
     */
    public static Targets load(Path file, java.util.Set<String> columns, Scenario scenario) {
        ScenarioLoader.Parsed<Targets> p = ScenarioLoader.read(file, Targets.class);
        Targets t = p.value();
        String name = file.toString();
        Scenario.Period period = scenario.period();
        if (t.scenario() == null) fail(name, p, "scenario", "expected the scenario's name '" + scenario.name() + "', got nothing");
        if (!t.scenario().equals(scenario.name())) {
            fail(name, p, "scenario", "expected the name of the scenario beside it, '" + scenario.name() + "', got " + Messages.quote(t.scenario()));
        }
        if (t.targets() == null || t.targets().isEmpty()) fail(name, p, "targets", "expected at least one target, got " + (t.targets() == null ? "nothing" : "an empty list"));
        if (t.census() == null) t = new Targets(t.scenario(), t.targets(), List.of());
        java.util.Set<String> names = new java.util.HashSet<>();
        for (int i = 0; i < t.targets().size(); i++) {
            Target x = t.targets().get(i);
            String at = "targets[" + i + "]";
            if (x == null) fail(name, p, at, "expected a target (name, kind, column, from, to, ...), got an empty entry");
            for (String[] f : new String[][] {{"name", x.name()}, {"kind", x.kind()}, {"column", x.column()}}) {
                if (f[1] == null) fail(name, p, at + "." + f[0], "expected text, got nothing (the field is missing)");
            }
            if (!names.add(x.name())) fail(name, p, at + ".name", "expected a name no other target has, got " + Messages.quote(x.name()) + " again");
            if (x.from() == null) fail(name, p, at + ".from", "expected a year, got nothing (the field is missing)");
            if (x.to() == null) fail(name, p, at + ".to", "expected a year, got nothing (the field is missing)");
            if (!KINDS.contains(x.kind())) fail(name, p, at + ".kind", "expected one of " + String.join(", ", KINDS) + ", got " + Messages.quote(x.kind()));
            if (!columns.contains(x.column())) fail(name, p, at + ".column", "expected a timeseries column such as firms, got " + Messages.quote(x.column()));
            year(name, p, at + ".from", x.from(), period);
            year(name, p, at + ".to", x.to(), period);
            if (x.to() < x.from()) fail(name, p, at + ".to", "expected a year not before from (" + x.from() + "), got " + x.to());
            boolean relative = x.relative();
            if (relative && (x.than() == null || x.than().isBlank())) {
                fail(name, p, at + ".than", "expected the name of the scenario to compare with, got " + (x.than() == null ? "nothing" : "empty text"));
            }
            boolean paired = x.kind().equals("years_below") || x.sign();
            if (paired && x.against() == null) fail(name, p, at + ".against", "expected a timeseries column to compare with, got nothing (the field is missing)");
            if (paired && !columns.contains(x.against())) fail(name, p, at + ".against", "expected a timeseries column such as exits, got " + Messages.quote(x.against()));
            if (!paired && x.against() != null) fail(name, p, at + ".against", "expected no against for a " + x.kind() + " target (only years_below and negative_slope compare two columns), got " + Messages.quote(x.against()));
            if (x.kind().equals("ratio")) {
                if (x.to() <= x.from()) fail(name, p, at + ".to", "expected a year after from (" + x.from() + ") for a ratio, got " + x.to());
                if (x.months() != null) {
                    List<Integer> m = x.months();
                    if (m.size() != 2 || m.contains(null)) fail(name, p, at + ".months", "expected [first, last] months of the year, got " + m);
                    if (m.get(0) < 1 || m.get(1) > 12 || m.get(1) < m.get(0)) fail(name, p, at + ".months", "expected months 1-12 with first <= last, got " + m);
                }
            } else if (x.months() != null) {
                fail(name, p, at + ".months", "expected no months for a " + x.kind() + " target (only a ratio sums some months), got " + x.months());
            }
            if (x.kind().equals("peak_year")) {
                if (x.to() - x.from() < 2) fail(name, p, at + ".to", "expected at least two years after from (" + x.from() + ") for a peak to lie between, got " + x.to());
                if (x.observed() != null && (x.observed() < x.from() || x.observed() > x.to())) {
                    fail(name, p, at + ".observed", "expected the year of the peak, from " + x.from() + " to " + x.to() + ", got " + x.observed());
                }
            }
            if (x.sign()) {
                if (x.to() - x.from() < 3) fail(name, p, at + ".to", "expected at least three years of growth after from (" + x.from() + "), got " + x.to());
                if (x.observed() != null) fail(name, p, at + ".observed", "expected no observed figure: only the sign is a target (cite the study's coefficient in source), got " + x.observed());
                if (x.tolerance() != null) fail(name, p, at + ".tolerance", "expected no tolerance: only the sign is a target, got " + x.tolerance());
            }
            if (!relative && !x.sign()) {
                if (x.observed() == null) fail(name, p, at + ".observed", "expected the observed figure, got nothing (the field is missing)");
                if (!Double.isFinite(x.observed())) fail(name, p, at + ".observed", "expected a finite number, got " + x.observed());
                if (x.tolerance() == null) fail(name, p, at + ".tolerance", "expected a tolerance, got nothing (the field is missing)");
                if (!(x.tolerance() >= 0 && x.tolerance() < Double.POSITIVE_INFINITY)) {
                    fail(name, p, at + ".tolerance", "expected a finite number >= 0, got " + x.tolerance());
                }
            }
            if (x.measure() != null && !List.of("mean", "yearly_change").contains(x.measure()))
                fail(name, p, at + ".measure", "expected mean or yearly_change, got " + Messages.quote(x.measure()));
            if (x.source() == null || x.source().isBlank()) {
                fail(name, p, at + ".source", "expected the study the figure comes from, got " + (x.source() == null ? "nothing" : "empty text"));
            }
        }
        for (int i = 0; i < t.census().size(); i++) {
            CensusPoint c = t.census().get(i);
            String at = "census[" + i + "]";
            if (c == null) fail(name, p, at, "expected a census point (year, firms, source), got an empty entry");
            if (!p.lines().has(at + ".year")) fail(name, p, at + ".year", "expected a year, got nothing (the field is missing)");
            if (!p.lines().has(at + ".firms")) fail(name, p, at + ".firms", "expected a number of firms, got nothing (the field is missing)");
            if (c.year() < 1800 || c.year() > 2100) fail(name, p, at + ".year", "expected a year from 1800 to 2100, got " + c.year());
            if (!(c.firms() >= 0 && c.firms() < Double.POSITIVE_INFINITY)) fail(name, p, at + ".firms", "expected a finite number >= 0, got " + c.firms());
        }
        return t;
    }

    /** The error for a relative target whose {@code than} names no scenario of this call with a target of its name. */
    public static ScenarioError noSuchOther(Path file, int target, Target t) {
        return ScenarioLoader.errorAt(file, "targets[" + target + "].than", "expected a scenario validated in the same call with a target named "
                + Messages.quote(t.name()) + ", got " + Messages.quote(t.than()));
    }

    private static void year(String file, ScenarioLoader.Parsed<Targets> p, String field, int year, Scenario.Period period) {
        if (year < period.start() || year > period.end()) {
            fail(file, p, field, "expected a year of the scenario's period " + period.start() + "-" + period.end() + ", got " + year);
        }
    }

    private static void fail(String file, ScenarioLoader.Parsed<Targets> p, String field, String msg) {
        throw new ScenarioError(file, p.lines().lineOf(field), field, msg);
    }
}
