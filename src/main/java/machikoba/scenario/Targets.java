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
 * <li>{@code below} / {@code above}: the {@code mean} kind must be lower / higher than the
 *     same target named {@code target} of scenario {@code than} (Kyoto's relative targets).</li>
 * </ul>
 * {@code census} points (year, firms) are drawn on the validation chart.
 */
public record Targets(String scenario, List<Target> targets, List<CensusPoint> census) {

    public record Target(String name, String kind, String column, Integer from, Integer to, Double observed,
                         Double tolerance, String than, String source) { }

    public record CensusPoint(int year, double firms, String source) { }

    static final List<String> KINDS = List.of("yearly_change", "mean", "below", "above");

    /** The targets file that goes with a scenario file. */
    public static Path fileFor(Path scenario) {
        String n = scenario.getFileName().toString();
        String base = n.endsWith(".yaml") ? n.substring(0, n.length() - 5) : n;
        return scenario.resolveSibling(base + ".targets.yaml");
    }

    public static Targets load(Path file, java.util.Set<String> columns) {
        ScenarioLoader.Parsed<Targets> p = ScenarioLoader.read(file, Targets.class);
        Targets t = p.value();
        String name = file.toString();
        if (t.scenario() == null) fail(name, p, "scenario", "missing; expected the scenario's name");
        if (t.targets() == null || t.targets().isEmpty()) fail(name, p, "targets", "expected at least one target");
        if (t.census() == null) t = new Targets(t.scenario(), t.targets(), List.of());
        for (int i = 0; i < t.targets().size(); i++) {
            Target x = t.targets().get(i);
            String at = "targets[" + i + "]";
            for (String[] f : new String[][] {{"name", x.name()}, {"kind", x.kind()}, {"column", x.column()}}) {
                if (f[1] == null) fail(name, p, at + "." + f[0], "missing; this field is required");
            }
            if (x.from() == null) fail(name, p, at + ".from", "missing; expected a year");
            if (x.to() == null) fail(name, p, at + ".to", "missing; expected a year");
            if (!KINDS.contains(x.kind())) fail(name, p, at + ".kind", "expected one of " + KINDS + ", got '" + x.kind() + "'");
            if (!columns.contains(x.column())) fail(name, p, at + ".column", "expected a timeseries column such as firms, got '" + x.column() + "'");
            if (x.to() < x.from()) fail(name, p, at + ".to", "expected a year not before from (" + x.from() + "), got " + x.to());
            boolean relative = x.kind().equals("below") || x.kind().equals("above");
            if (relative && (x.than() == null || x.than().isBlank())) fail(name, p, at + ".than", "expected the name of the scenario to compare with");
            if (!relative && (x.observed() == null || x.tolerance() == null)) fail(name, p, at + ".observed", "expected observed and tolerance");
            if (!relative && x.tolerance() < 0) fail(name, p, at + ".tolerance", "expected a value >= 0, got " + x.tolerance());
            if (x.source() == null || x.source().isBlank()) fail(name, p, at + ".source", "expected the study the figure comes from");
        }
        return t;
    }

    private static void fail(String file, ScenarioLoader.Parsed<Targets> p, String field, String msg) {
        throw new ScenarioError(file, p.lines().lineOf(field), field, msg);
    }
}
