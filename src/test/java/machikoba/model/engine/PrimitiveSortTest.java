package machikoba.model.engine;

import ec.util.MersenneTwisterFast;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.Comparator;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The primitive ranking orders exactly as records sorted by Double.compare on the score, then by the tie-break. */
class PrimitiveSortTest {
    @Test
    void sameOrderAsACompareOnScoresThenTies() {
        MersenneTwisterFast r = new MersenneTwisterFast(7);
        double[] odd = {0.0, -0.0, Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, 1e-300, -1e-300};
        for (int trial = 0; trial < 200; trial++) {
            int n = r.nextInt(400);
            double[] score = new double[n];
            for (int i = 0; i < n; i++) {
                // many equal scores, so that the tie-break decides often
                score[i] = r.nextInt(5) == 0 ? odd[r.nextInt(odd.length)] : r.nextInt(20) * 0.25 - 2;
            }
            for (boolean bestFirst : new boolean[] {false, true}) {
                Integer[] expected = new Integer[n];
                for (int i = 0; i < n; i++) expected[i] = i;
                Comparator<Integer> byScore = (x, y) -> bestFirst ? Double.compare(score[y], score[x]) : Double.compare(score[x], score[y]);
                Arrays.sort(expected, byScore.thenComparing(Comparator.naturalOrder()));
                int[] items = new int[n];
                long[] key = new long[n], tie = new long[n];
                for (int i = 0; i < n; i++) {
                    items[i] = i;
                    long k = PrimitiveSort.ascending(score[i]);
                    key[i] = bestFirst ? ~k : k;
                    tie[i] = i;
                }
                PrimitiveSort.sort(items, key, tie, n);
                assertArrayEquals(Arrays.stream(expected).mapToInt(Integer::intValue).toArray(), items, "trial " + trial);
            }
        }
        assertTrue(PrimitiveSort.ascending(-0.0) < PrimitiveSort.ascending(0.0));
    }
}
