package machikoba.experiment;

import java.math.BigDecimal;
import java.math.MathContext;

/** One way to print a number in every output file, so that equal runs give equal bytes. */
public final class Numbers {
    private static final MathContext DIGITS = new MathContext(8);

    private Numbers() { }

    public static String format(double v) {
        if (Double.isNaN(v) || Double.isInfinite(v)) return Double.toString(v);
        if (v == Math.rint(v) && Math.abs(v) < 1e15) return Long.toString((long) v);
        return new BigDecimal(v).round(DIGITS).stripTrailingZeros().toPlainString();
    }

    public static String format(Object o) {
        if (o instanceof Double d) return format(d.doubleValue());
        if (o instanceof Float f) return format(f.doubleValue());
        return String.valueOf(o);
    }
}
