package machikoba.model.engine;

/**
 * Sorting by a double score, then by a tie-break, on primitive arrays: the assemblers' yearly
 * reviews rank some 900,000 links a year nationally, and sorting records with a comparator
 * spent most of its time in the comparator and its indirections. The order is exactly that of
 * {@link Double#compare} on the scores, then of the tie-break.
 */
final class PrimitiveSort {
    private PrimitiveSort() { }

    /** A long whose signed order is {@link Double#compare}'s order of the scores (-0.0 before 0.0, NaN last); {@code ~} of it reverses it. */
    static long ascending(double score) {
        long bits = Double.doubleToLongBits(score);
        return bits ^ ((bits >> 63) & Long.MAX_VALUE);
    }

    /**
     * Sorts the first {@code m} entries of {@code items} by {@code key}, then {@code tie}, both
     * ascending; the three arrays are permuted together. Pairs (key, tie) should be distinct.
     */
    static void sort(int[] items, long[] key, long[] tie, int m) {
        if (m < 2) return;
        int[] items2 = new int[m];
        long[] key2 = new long[m], tie2 = new long[m];
        System.arraycopy(items, 0, items2, 0, m);
        System.arraycopy(key, 0, key2, 0, m);
        System.arraycopy(tie, 0, tie2, 0, m);
        mergeSort(items2, key2, tie2, items, key, tie, 0, m);
    }

    /** Sorts [from, to) of the source into the target (the two hold the same entries on entry). */
    private static void mergeSort(int[] si, long[] sk, long[] st, int[] ti, long[] tk, long[] tt, int from, int to) {
        if (to - from <= 16) {
            for (int i = from + 1; i < to; i++) { // insertion sort, in the target
                int item = ti[i];
                long k = tk[i], t = tt[i];
                int j = i - 1;
                while (j >= from && before(k, t, tk[j], tt[j])) {
                    ti[j + 1] = ti[j];
                    tk[j + 1] = tk[j];
                    tt[j + 1] = tt[j];
                    j--;
                }
                ti[j + 1] = item;
                tk[j + 1] = k;
                tt[j + 1] = t;
            }
            return;
        }
        int mid = (from + to) >>> 1;
        // sort each half into the source, then merge them into the target
        mergeSort(ti, tk, tt, si, sk, st, from, mid);
        mergeSort(ti, tk, tt, si, sk, st, mid, to);
        for (int i = from, a = from, b = mid; i < to; i++) {
            if (b >= to || (a < mid && !before(sk[b], st[b], sk[a], st[a]))) {
                ti[i] = si[a];
                tk[i] = sk[a];
                tt[i] = st[a++];
            } else {
                ti[i] = si[b];
                tk[i] = sk[b];
                tt[i] = st[b++];
            }
        }
    }

    private static boolean before(long k1, long t1, long k2, long t2) {
        return k1 < k2 || (k1 == k2 && t1 < t2);
    }
}
