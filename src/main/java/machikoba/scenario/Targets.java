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
 * <li>{@code yearly_change}: census-style yearly rate of change of {@code column} from
 *     {@code from} to {@code to} (yearly means), e.g. establishments -3.5% a year;</li>
 * <li>{@code mean}: mean of {@code column} over the months of years {@code from}-{@code to};</li>
 * <li>{@code below} / {@code above}: this scenario's figure must be lower / higher than the
 *     target of the same name of scenario {@code than} (Kyoto's relative targets); the figure is
 *     the {@code measure} given ({@code mean}, the default, or {@code yearly_change}).</li>
 * </ul>
 * {@code census} points (year, firms) are drawn on the validation chart.
 */
public record Targets(String scenario, List<Target> targets, List<CensusPoint> census) {

    public record Target(String name, String kind, String column, Integer from, Integer to, Double observed,
                         Double tolerance, String than, String measure, String source) {
        /** The statistic computed from a run: a census-style yearly change, or a mean. */
        public boolean yearlyChange() {
            return kind.equals("yearly_change") || "yearly_change".equals(measure);
        }
    }

    public record CensusPoint(int year, double firms, String source) { }

    static final List<String> KINDS = List.of("yearly_change", "mean", "below", "above");

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
            boolean relative = x.kind().equals("below") || x.kind().equals("above");
            if (relative && (x.than() == null || x.than().isBlank())) {
                fail(name, p, at + ".than", "expected the name of the scenario to compare with, got " + (x.than() == null ? "nothing" : "empty text"));
            }
            if (!relative) {
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
