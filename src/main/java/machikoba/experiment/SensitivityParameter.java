package machikoba.experiment;

import machikoba.scenario.ScenarioError;
import machikoba.scenario.ScenarioLoader;

import java.nio.file.Path;

/**
 * A scenario value varied by a sensitivity analysis over [low, high]. Whole-number values
 * (e.g. owners.meanAge) are rounded, because the scenario accepts only whole numbers there.
 */
public record SensitivityParameter(String path, double low, double high, boolean whole) {

    /** Parses "path=lo:hi" and checks that the path is a number in the scenario. */
    public static SensitivityParameter parse(Path scenario, String spec) {
        int eq = spec.indexOf('=');
        String[] range = eq > 0 ? spec.substring(eq + 1).split(":") : new String[0];
        if (range.length != 2) throw new ScenarioError("--param", 0, spec, "expected path=lo:hi, e.g. assemblers.costDown.rate=0.01:0.04");
        String path = spec.substring(0, eq).trim();
        double lo, hi;
        try {
            lo = Double.parseDouble(range[0].trim());
            hi = Double.parseDouble(range[1].trim());
        } catch (NumberFormatException e) {
            throw new ScenarioError("--param", 0, path, "expected numbers lo:hi, got '" + spec.substring(eq + 1) + "'");
        }
        if (!(hi > lo)) throw new ScenarioError("--param", 0, path, "expected lo < hi, got " + spec.substring(eq + 1));
        return new SensitivityParameter(path, lo, hi, ScenarioLoader.wholeNumberAt(scenario, path));
    }

    /** The scenario text for a position u in [0, 1] of the range. */
    public String valueAt(double u) {
        double v = low + u * (high - low);
        return whole ? Long.toString(Math.round(v)) : Numbers.format(v);
    }
}
