package machikoba.experiment;

import machikoba.scenario.ScenarioError;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The parameter points of a batch: fixed values ({@code --set path=value}) and swept axes
 * ({@code --sweep path=v1,v2,...} or {@code --sweep path=lo:hi:steps}). Several axes make a
 * full grid; the first axis varies slowest, so point ids follow the order the axes were given.
 */
public final class ParameterGrid {
    /** One swept scenario value and the texts it takes. */
    public record Axis(String path, List<String> values) { }

    private final Map<String, String> fixed;
    private final List<Axis> axes;

    public ParameterGrid(Map<String, String> fixed, List<Axis> axes) {
        this.fixed = new LinkedHashMap<>(fixed);
        this.axes = List.copyOf(axes);
    }

    /** Parses "path=value" into a map entry, keeping the order given. */
    public static Map<String, String> parseSets(List<String> specs) {
        Map<String, String> out = new LinkedHashMap<>();
        for (String spec : specs) {
            int eq = spec.indexOf('=');
            if (eq <= 0 || eq == spec.length() - 1) {
                throw new ScenarioError("--set", 0, spec, "expected path=value, e.g. firms.count=500");
            }
            out.put(spec.substring(0, eq).trim(), spec.substring(eq + 1).trim());
        }
        return out;
    }

    /** Parses "path=v1,v2,..." or "path=lo:hi:steps" (steps values from lo to hi inclusive). */
    public static Axis parseAxis(String spec) {
        int eq = spec.indexOf('=');
        if (eq <= 0 || eq == spec.length() - 1) {
            throw new ScenarioError("--sweep", 0, spec, "expected path=v1,v2,... or path=lo:hi:steps");
        }
        String path = spec.substring(0, eq).trim(), rhs = spec.substring(eq + 1).trim();
        List<String> values = new ArrayList<>();
        if (rhs.contains(":")) {
            String[] p = rhs.split(":");
            if (p.length != 3) throw new ScenarioError("--sweep", 0, path, "expected lo:hi:steps, got '" + rhs + "'");
            BigDecimal lo, hi;
            int steps;
            try {
                lo = new BigDecimal(p[0].trim());
                hi = new BigDecimal(p[1].trim());
                steps = Integer.parseInt(p[2].trim());
            } catch (NumberFormatException e) {
                throw new ScenarioError("--sweep", 0, path, "expected numbers lo:hi:steps, got '" + rhs + "'");
            }
            if (steps < 2 || hi.compareTo(lo) <= 0) {
                throw new ScenarioError("--sweep", 0, path, "expected lo < hi and steps >= 2, got '" + rhs + "'");
            }
            // decimal arithmetic so that 0:0.1:11 gives 0.3, not 0.30000000000000004
            BigDecimal width = hi.subtract(lo);
            for (int i = 0; i < steps; i++) {
                BigDecimal v = lo.add(width.multiply(BigDecimal.valueOf(i))
                        .divide(BigDecimal.valueOf(steps - 1), java.math.MathContext.DECIMAL64));
                values.add(Numbers.format(v.doubleValue()));
            }
        } else {
            for (String v : rhs.split(",")) {
                if (v.isBlank()) throw new ScenarioError("--sweep", 0, path, "empty value in '" + rhs + "'");
                values.add(v.trim());
            }
        }
        return new Axis(path, values);
    }

    /** The paths that vary or are set, in the order of the output columns: sets first, then axes. */
    public List<String> paths() {
        List<String> out = new ArrayList<>(fixed.keySet());
        for (Axis a : axes) if (!out.contains(a.path())) out.add(a.path());
        return out;
    }

    public List<Axis> axes() { return axes; }

    /** Every point of the grid as overrides by path, in point-id order. */
    public List<Map<String, String>> points() {
        List<Map<String, String>> out = new ArrayList<>();
        out.add(new LinkedHashMap<>(fixed));
        for (Axis a : axes) {
            List<Map<String, String>> next = new ArrayList<>();
            for (Map<String, String> p : out) {
                for (String v : a.values()) {
                    Map<String, String> q = new LinkedHashMap<>(p);
                    q.put(a.path(), v);
                    next.add(q);
                }
            }
            out = next;
        }
        return out;
    }
}
