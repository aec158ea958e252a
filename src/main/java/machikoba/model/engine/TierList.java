package machikoba.model.engine;

import machikoba.model.Firm;

import java.util.AbstractList;
import java.util.Arrays;
import java.util.Collection;
import java.util.RandomAccess;
import java.util.function.Predicate;

/**
 * One tier's firms, in order of id (firms enter with ever higher ids), with their ids kept
 * beside them. The month's exits leave it without a look at every firm ({@link #removeExits}):
 * each is found by binary search on the ids, where a search of the firms would look into a firm
 * at every step (at national size each look is a cache miss), and the list closes up over the
 * gaps a stretch at a time, as one block copy each, not a reference at a time (each stored
 * reference costs the collector's bookkeeping).
 */
public final class TierList extends AbstractList<Firm> implements RandomAccess {
    private Firm[] firms = new Firm[16];
    private int[] ids = new int[16];
    private int n;

    public TierList() { }

    public TierList(Collection<Firm> c) {
        addAll(c);
    }

    @Override public int size() { return n; }

    @Override public Firm get(int i) {
        return firms[java.util.Objects.checkIndex(i, n)];
    }

    /** The id of the firm at {@code i}, read from the ids kept beside the firms, not from the firm. */
    public int id(int i) {
        return ids[java.util.Objects.checkIndex(i, n)];
    }

    @Override public Firm set(int i, Firm f) {
        Firm old = get(i);
        firms[i] = f;
        ids[i] = f.id();
        return old;
    }

    @Override public void add(int i, Firm f) {
        java.util.Objects.checkIndex(i, n + 1);
        if (n == firms.length) {
            firms = Arrays.copyOf(firms, n + n / 2 + 16);
            ids = Arrays.copyOf(ids, firms.length);
        }
        System.arraycopy(firms, i, firms, i + 1, n - i);
        System.arraycopy(ids, i, ids, i + 1, n - i);
        firms[i] = f;
        ids[i] = f.id();
        n++;
        modCount++;
    }

    @Override public Firm remove(int i) {
        Firm old = get(i);
        System.arraycopy(firms, i + 1, firms, i, n - i - 1);
        System.arraycopy(ids, i + 1, ids, i, n - i - 1);
        firms[--n] = null;
        modCount++;
        return old;
    }

    @Override public void clear() {
        Arrays.fill(firms, 0, n, null);
        n = 0;
        modCount++;
    }

    @Override public Object[] toArray() {
        return Arrays.copyOf(firms, n, Object[].class);
    }

    @Override public boolean removeIf(Predicate<? super Firm> gone) {
        int w = 0;
        for (int r = 0; r < n; r++) {
            if (gone.test(firms[r])) continue;
            firms[w] = firms[r];
            ids[w++] = ids[r];
        }
        if (w == n) return false;
        Arrays.fill(firms, w, n, null);
        n = w;
        modCount++;
        return true;
    }

    /**
     * Takes out the given firms of this tier (those of other tiers in the list are passed
     * over). Returns false, having changed nothing, if one is not where the order of ids says.
     */
    public boolean removeExits(java.util.List<Firm> exits, int tier) {
        int[] at = new int[exits.size()];
        int k = 0;
        for (Firm f : exits) {
            if (f.tier() != tier) continue;
            int p = Arrays.binarySearch(ids, 0, n, f.id());
            if (p < 0 || firms[p] != f) return false;
            at[k++] = p;
        }
        if (k == 0) return true;
        Arrays.sort(at, 0, k);
        int write = at[0];
        for (int g = 0; g < k; g++) {
            int from = at[g] + 1, to = g + 1 < k ? at[g + 1] : n; // the stretch after this gap
            if (to <= from) continue; // the same firm twice, or two gaps side by side
            System.arraycopy(firms, from, firms, write, to - from);
            System.arraycopy(ids, from, ids, write, to - from);
            write += to - from;
        }
        Arrays.fill(firms, write, n, null);
        n = write;
        modCount++;
        return true;
    }
}
