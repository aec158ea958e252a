package machikoba.model.engine;

import machikoba.model.Assembler;
import machikoba.model.District;
import machikoba.model.Firm;
import machikoba.model.SupplyLink;
import machikoba.model.supply.SupplierSelection;

import java.util.Arrays;
import java.util.BitSet;
import java.util.List;

/**
 * An index of one assembler's suppliers as its year-end review ({@link Offshoring}, {@link SupplierSelection})
 * works through them: its links in the order of its list, with each link's supplier, volume and
 * whether it is dead, read from the links once. The review ranks, sums and fills these many
 * times over; reading them from the links each time costs a cache miss per link at national
 * size. Every change goes through the roster and on to the link itself, so the links always
 * say what the roster says.
 */
public final class RosterIndex {
    private final Assembler assembler;
    private SupplyLink[] links;
    private int[] firm;
    private double[] volume;
    private boolean[] dead;
    private int n;
    /** Ids of the firms with a live link to the assembler, made at the first {@link #supplies}. */
    private BitSet live;

    private RosterIndex(Assembler a) {
        this.assembler = a;
        List<SupplyLink> list = a.supplierLinks();
        n = list.size();
        links = list.toArray(new SupplyLink[0]);
        firm = new int[n];
        volume = new double[n];
        dead = new boolean[n];
        for (int p = 0; p < n; p++) {
            SupplyLink l = links[p];
            firm[p] = l.supplierId();
            volume[p] = l.volume();
            dead[p] = l.isDead();
        }
    }

    /**
     * Rosters of all the district's assemblers, read on its threads (each writes its own). A
     * review changes only its own assembler's links, so the later ones stay true.
     */
    public static RosterIndex[] readAll(District d) {
        RosterIndex[] r = new RosterIndex[d.assemblers().size()];
        d.pass().forEach(r.length, 1, j -> r[j] = new RosterIndex(d.assemblers().get(j)));
        return r;
    }

    public static RosterIndex read(Assembler a) {
        return new RosterIndex(a);
    }

    public int size() { return n; }
    public SupplyLink link(int p) { return links[p]; }
    public double volume(int p) { return volume[p]; }

    /** Where the link stands in the list (-1: not there). */
    public int position(SupplyLink l) {
        for (int p = 0; p < n; p++) if (links[p] == l) return p;
        return -1;
    }

    /** {@link Assembler#placedVolume}: every link's volume, dead ones too, in list order. */
    public double placedVolume() {
        double v = 0;
        for (int p = 0; p < n; p++) v += volume[p];
        return v;
    }

    public void setVolume(int p, double v, SupplierIndex register) {
        volume[p] = v;
        links[p].setVolume(v);
        register.volumeSet(links[p]);
    }

    /** {@link SupplierSelection#drop}. */
    public void drop(int p, District d, SupplierIndex register) {
        SupplierSelection.drop(links[p], d, register);
        dead[p] = true;
        if (live != null) live.clear(firm[p]);
    }

    /**
     * Whether the firm already supplies the assembler ({@link Population#isCustomer}), told from
     * the roster's ids: the assembler's search for new suppliers asks this of firms drawn at
     * random, and looking through each one's customer links costs cache misses at national size.
     * An assembler has at most one live link to a firm, and every live link is in its roster or
     * was made by {@link #linked} since.
     */
    public boolean supplies(Firm f) {
        return live().get(f.id());
    }

    /** The assembler made a new link outside the roster (its search for new suppliers). */
    public void linked(SupplyLink l, SupplierIndex register) {
        live().set(l.supplierId());
        register.linked(l.supplier());
    }

    private BitSet live() {
        if (live == null) {
            live = new BitSet();
            for (int p = 0; p < n; p++) if (!dead[p]) live.set(firm[p]);
        }
        return live;
    }

    /** What the link's supplier would take on it now ({@link IndependenceStance#room}). */
    public double room(int p, SupplierIndex register) {
        return register.room(firm[p], volume[p], links[p]);
    }

    /**
     * Positions of the live links, by their supplier's score (best or worst first), ties by firm
     * id: each score is looked up once, not at every comparison.
     */
    public int[] rank(SupplierIndex register, boolean bestFirst) {
        int[] ranked = new int[n];
        long[] key = new long[n], tie = new long[n];
        int m = 0;
        for (int p = 0; p < n; p++) {
            if (dead[p]) continue;
            long k = PrimitiveSort.ascending(register.score(firm[p], links[p]));
            key[m] = bestFirst ? ~k : k;
            tie[m] = (long) firm[p] << 32 | p; // a firm has one live link to an assembler; the position only makes the order total
            ranked[m++] = p;
        }
        PrimitiveSort.sort(ranked, key, tie, m);
        return Arrays.copyOf(ranked, m);
    }

    /**
     * Dead links leave the roster and the assembler's list, the rest keep their order; their
     * volume waits for the review's re-sourcing. Returns each old position's new one (-1: gone).
     */
    public int[] compact() {
        int[] moved = new int[n];
        int k = 0;
        for (int p = 0; p < n; p++) {
            if (dead[p]) { moved[p] = -1; continue; }
            moved[p] = k;
            links[k] = links[p];
            firm[k] = firm[p];
            volume[k] = volume[p];
            dead[k] = false;
            k++;
        }
        if (k < n) {
            Arrays.fill(links, k, n, null);
            n = k;
            assembler.supplierLinks().clear();
            assembler.supplierLinks().addAll(Arrays.asList(links).subList(0, n));
        }
        return moved;
    }
}
