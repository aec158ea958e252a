package machikoba.experiment;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The estimators on functions whose indices are known analytically. */
class SensitivityEstimatorsTest {
    /** f = x1 + 2 x2 + 0 x3 on the unit cube: V1 = 1/12, V2 = 4/12, so S = ST = (0.2, 0.8, 0). */
    static double linear(double[] x) { return x[0] + 2 * x[1]; }

    /** Ishigami (a = 7, b = 0.1) on [-pi, pi]^3: S1 = (0.314, 0.442, 0), ST = (0.558, 0.442, 0.244). */
    static double ishigami(double[] u) {
        double x1 = -Math.PI + 2 * Math.PI * u[0], x2 = -Math.PI + 2 * Math.PI * u[1], x3 = -Math.PI + 2 * Math.PI * u[2];
        return Math.sin(x1) + 7 * Math.sin(x2) * Math.sin(x2) + 0.1 * Math.pow(x3, 4) * Math.sin(x1);
    }

    @Test
    void sobolIndicesOfALinearFunction() {
        int n = 2048;
        List<double[]> d = SobolIndices.design(3, n);
        assertEquals(n * 5, d.size());
        double[] f = d.stream().mapToDouble(SensitivityEstimatorsTest::linear).toArray();
        SobolIndices.Index[] ix = SobolIndices.estimate(f, 3, n, 1, 100);
        assertEquals(0.2, ix[0].s1(), 0.03);
        assertEquals(0.8, ix[1].s1(), 0.03);
        assertEquals(0.0, ix[2].s1(), 0.01);
        assertEquals(0.2, ix[0].st(), 0.03);
        assertEquals(0.8, ix[1].st(), 0.03);
        assertEquals(0.0, ix[2].st(), 0.01);
        assertTrue(ix[1].stLow() <= ix[1].st() && ix[1].st() <= ix[1].stHigh());
    }

    @Test
    void sobolIndicesOfIshigami() {
        int n = 8192;
        double[] f = SobolIndices.design(3, n).stream().mapToDouble(SensitivityEstimatorsTest::ishigami).toArray();
        SobolIndices.Index[] ix = SobolIndices.estimate(f, 3, n, 1, 10);
        assertEquals(0.314, ix[0].s1(), 0.04);
        assertEquals(0.442, ix[1].s1(), 0.04);
        assertEquals(0.0, ix[2].s1(), 0.04);
        assertEquals(0.558, ix[0].st(), 0.04);
        assertEquals(0.442, ix[1].st(), 0.04);
        assertEquals(0.244, ix[2].st(), 0.04);
    }

    @Test
    void morrisEffectsOfALinearFunctionAreItsSlopes() {
        int k = 3, r = 20, levels = 4;
        int[][] moved = new int[r][];
        List<double[]> d = MorrisEffects.design(k, r, levels, 5, moved);
        assertEquals(r * (k + 1), d.size());
        for (double[] x : d) for (double v : x) assertTrue(v >= 0 && v <= 1 + 1e-12);
        double[] f = d.stream().mapToDouble(SensitivityEstimatorsTest::linear).toArray();
        MorrisEffects.Effect[] e = MorrisEffects.estimate(f, k, r, levels, moved);
        assertEquals(1.0, e[0].muStar(), 1e-9);
        assertEquals(2.0, e[1].muStar(), 1e-9);
        assertEquals(0.0, e[2].muStar(), 1e-9);
        assertEquals(0.0, e[1].sigma(), 1e-9);
    }
}
