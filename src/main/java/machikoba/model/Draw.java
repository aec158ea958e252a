package machikoba.model;

import ec.util.MersenneTwisterFast;

/** Random draws the model needs beyond uniform and normal; all from the district's generator. */
public final class Draw {
    private Draw() { }

    /** A whole count with mean {@code mean}: the integer part, plus one with the fraction's chance. */
    public static int count(MersenneTwisterFast r, double mean) {
        int whole = (int) Math.floor(mean);
        return whole + (r.nextDouble() < mean - whole ? 1 : 0);
    }

    /** Poisson for small means (Knuth); a normal approximation above 30. */
    public static int poisson(MersenneTwisterFast r, double mean) {
        if (mean <= 0) return 0;
        if (mean > 30) return Math.max(0, (int) Math.round(mean + Math.sqrt(mean) * r.nextGaussian()));
        double limit = Math.exp(-mean), p = 1;
        int k = 0;
        do { k++; p *= r.nextDouble(); } while (p > limit);
        return k - 1;
    }

    /** Index drawn with chance proportional to weights, from their running sums (binary search). */
    public static int weighted(MersenneTwisterFast r, double[] cumulative) {
        double x = r.nextDouble() * cumulative[cumulative.length - 1];
        int lo = 0, hi = cumulative.length - 1;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (cumulative[mid] > x) hi = mid; else lo = mid + 1;
        }
        return lo;
    }

    public static double[] cumulative(double[] weights) {
        double[] c = new double[weights.length];
        double s = 0;
        for (int i = 0; i < weights.length; i++) c[i] = s += weights[i];
        return c;
    }

    /**
     * A whole number in [min, max] with chance falling as n^-exponent (a power law, drawn by
     * inverting its continuous distribution on [min, max + 1)); exponent 0 is uniform.
     */
    public static int powerLaw(MersenneTwisterFast r, int min, int max, double exponent) {
        if (exponent == 0) return min + r.nextInt(max - min + 1);
        double a = min, b = max + 1, u = r.nextDouble(), x;
        if (Math.abs(exponent - 1) < 1e-12) {
            x = a * Math.pow(b / a, u);
        } else {
            double k = 1 - exponent, lo = Math.pow(a, k), hi = Math.pow(b, k);
            x = Math.pow(lo + u * (hi - lo), 1 / k);
        }
        return Math.min(max, Math.max(min, (int) Math.floor(x)));
    }

    public static double lognormal(MersenneTwisterFast r, double sd) {
        return Math.exp(sd * r.nextGaussian() - sd * sd / 2);
    }
}
