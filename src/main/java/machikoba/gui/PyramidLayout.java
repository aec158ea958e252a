package machikoba.gui;

import machikoba.model.Assembler;
import machikoba.model.District;
import machikoba.model.Firm;
import machikoba.model.SupplyLink;

import sim.engine.SimState;
import sim.engine.Steppable;
import sim.field.continuous.Continuous2D;
import sim.field.network.Network;
import sim.util.Double2D;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Places the district on the screen as a production pyramid [U-2009]: assemblers in a row on
 * top, tiers 2, 3 and 4 in bands below, each band wider than the one above. A firm hangs below
 * its main customer, so a keiretsu shows as a fan under its assembler; when the main customer
 * changes, the firm glides over to its new fan within a few months.
 *
 * <p>It runs once a month after the model's step, scheduled by {@link DistrictWithUI} (the model
 * does not know it exists), and does work proportional to the number of firms and links:
 * positions in a {@link Continuous2D}, customer/supplier edges and lateral network ties in two
 * {@link Network}s. It also remembers who left (to fade them out) and who entered (to ring them).
 * It draws nothing from the model's random generator, so watching a run does not change it.
 */
public final class PyramidLayout implements Steppable {
    private static final long serialVersionUID = 1L;

    /** Wide rather than tall, as the window under it on a laptop or a desktop screen. */
    public static final double WIDTH = 1200, HEIGHT = 600;
    /** Pyramid area (the left-hand margin holds the tiers' names, the right-hand one the legend). */
    static final double LEFT = 105, RIGHT = 965, CENTRE = (LEFT + RIGHT) / 2;
    static final double ASSEMBLER_Y = 32;
    /** Top and bottom of the band of tier 1 (the assemblers' row), 2, 3, 4. */
    static final double[][] BANDS = {{14, 50}, {78, 130}, {160, 340}, {372, 588}};
    /** How far from the centre each row spreads, relative to the assemblers' row: the pyramid widens downward. */
    private static final double[] WIDENING = {1.0, 1.2, 1.42, 1.66};
    /** Half-width of a fan in each tier, in units of an assembler's column. */
    private static final double[] FAN = {0, 0.35, 0.5, 0.45};
    /** Share of the way to its target a firm moves in one month. */
    private static final double EASING = 0.35;
    /** Months an exited firm takes to fade away, and an entrant keeps its ring. */
    public static final int FADE_MONTHS = 6, ENTRANT_MONTHS = 6;

    final Continuous2D field = new Continuous2D(40, WIDTH, HEIGHT);
    /** Each firm's tie to its main customer (and every tie of the chosen firm): the fans. */
    final Network supplyTies = new Network(true);
    /** Every other customer tie, in a display layer that is off until the student turns it on. */
    final Network otherTies = new Network(true);
    final Network lateralTies = new Network(false);
    private final Map<Firm, Integer> exitedAt = new LinkedHashMap<>();
    private final Map<Firm, Integer> enteredAt = new LinkedHashMap<>();
    private int month;
    /** Width of the column of the assembler at the root of each firm's chain of main customers. */
    private final Map<Object, Double> fanWidth = new HashMap<>();
    private double defaultFan = 1;
    private final Selection selection;
    /** The district on the screen (the one last laid out). */
    private District shown;

    PyramidLayout(Selection selection) {
        this.selection = selection;
    }

    District shown() { return shown; }

    /** Lays out the district as it stands at the start, before the first step. */
    void reset(District d) {
        shown = d;
        field.clear();
        supplyTies.clear();
        lateralTies.clear();
        exitedAt.clear();
        enteredAt.clear();
        fanWidth.clear();
        month = 0;
        placeAssemblers(d);
        for (int tier = 2; tier <= 4; tier++) {
            for (Firm f : d.tier(tier)) field.setObjectLocation(f, new Double2D(target(f, tier, null), bandY(f, tier)));
        }
        // a second pass puts firms under customers of their own tier's band placed after them
        for (int tier = 2; tier <= 4; tier++) {
            for (Firm f : d.tier(tier)) field.setObjectLocation(f, new Double2D(target(f, tier, null), bandY(f, tier)));
        }
        rebuildTies();
    }

    @Override
    public void step(SimState state) {
        District d = (District) state;
        shown = d;
        month = d.step();
        for (Firm f : d.exitsThisMonth()) exitedAt.putIfAbsent(f, month);
        for (Firm f : d.entriesThisMonth()) enteredAt.put(f, month);
        for (Iterator<Map.Entry<Firm, Integer>> it = exitedAt.entrySet().iterator(); it.hasNext(); ) {
            Map.Entry<Firm, Integer> e = it.next();
            if (month - e.getValue() >= FADE_MONTHS) {
                field.remove(e.getKey());
                fanWidth.remove(e.getKey());
                it.remove();
            }
        }
        enteredAt.values().removeIf(m -> month - m >= ENTRANT_MONTHS);
        for (int tier = 2; tier <= 4; tier++) {
            for (Firm f : d.tier(tier)) {
                Double2D now = field.getObjectLocation(f);
                double x = target(f, tier, now);
                if (now != null) x = now.x + EASING * (x - now.x);
                field.setObjectLocation(f, new Double2D(x, bandY(f, tier)));
            }
        }
        selection.refresh();
        rebuildTies();
    }

    /**
     * Gives each assembler a column as wide as its supplier base (plus a little, so small ones
     * stay visible), the largest in the middle and the others alternately to either side: the
     * pyramid's peak sits over its widest fan.
     */
    private void placeAssemblers(District d) {
        List<Assembler> bySize = new ArrayList<>(d.assemblers());
        bySize.sort(Comparator.comparingInt(Assembler::getSupplierCount).reversed().thenComparingInt(Assembler::getId));
        Deque<Assembler> row = new ArrayDeque<>();
        for (int i = 0; i < bySize.size(); i++) {
            if (i % 2 == 0) row.addLast(bySize.get(i)); else row.addFirst(bySize.get(i));
        }
        double total = 0;
        for (Assembler a : row) total += a.getSupplierCount();
        double pad = Math.max(1, total / Math.max(1, row.size()) / 3);
        double width = (RIGHT - LEFT) / WIDENING[3];
        double sum = total + pad * row.size();
        double x = CENTRE - width / 2;
        for (Assembler a : row) {
            double w = width * (a.getSupplierCount() + pad) / sum;
            field.setObjectLocation(a, new Double2D(x + w / 2, ASSEMBLER_Y));
            fanWidth.put(a, w);
            x += w;
        }
        defaultFan = width / Math.max(1, row.size());
    }

    /** Where a firm belongs: below its main customer, widened by its tier, spread across the fan. */
    private double target(Firm f, int tier, Double2D now) {
        SupplyLink main = f.topCustomer();
        Double2D parent = main == null ? null : field.getObjectLocation(main.buyer());
        if (parent == null) {
            if (now != null) return now.x;
            return LEFT + (RIGHT - LEFT) * (0.5 + 0.5 * spread(f.id(), 1));
        }
        int parentTier = main.buyer() instanceof Firm b ? b.tier() : 1;
        double column = fanWidth.getOrDefault(main.buyer(), defaultFan);
        fanWidth.put(f, column);
        double x = CENTRE + (parent.x - CENTRE) * WIDENING[tier - 1] / WIDENING[parentTier - 1]
                + spread(f.id(), 0) * FAN[tier - 1] * column;
        return Math.max(LEFT, Math.min(RIGHT, x));
    }

    private static double bandY(Firm f, int tier) {
        double[] band = BANDS[tier - 1];
        return band[0] + (band[1] - band[0]) * (0.5 + 0.5 * spread(f.id(), 2));
    }

    /** A fixed number in [-1, 1] for a firm and a purpose (a hash of its id: the model's generator is not touched). */
    static double spread(int id, int salt) {
        long z = id * 0x9E3779B97F4A7C15L + salt * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        z ^= z >>> 31;
        return (z >>> 11) * 0x1.0p-53 * 2 - 1;
    }

    /** Ties as they stand in the district on the screen; call with the model waiting. */
    void rebuildTies() {
        District d = shown;
        supplyTies.clear();
        otherTies.clear();
        for (int tier = 2; tier <= 4; tier++) {
            for (Firm f : d.tier(tier)) {
                if (!f.alive()) continue;
                SupplyLink main = f.topCustomer();
                boolean chosen = selection.isChosen(f);
                for (SupplyLink l : f.customers()) {
                    // own-product sales go to the open market, which is not on the screen
                    if (l.isDead() || field.getObjectLocation(l.buyer()) == null) continue;
                    boolean fan = l == main || chosen || selection.isChosen(l.buyer());
                    (fan ? supplyTies : otherTies).addEdge(f, l.buyer(), l);
                }
            }
        }
        lateralTies.clear();
        for (Firm[] pair : LateralTies.of(d)) lateralTies.addEdge(pair[0], pair[1], null);
    }

    /** Months since the firm left the district, or -1 if it has not. */
    int monthsSinceExit(Firm f) {
        Integer m = exitedAt.get(f);
        return m == null ? -1 : month - m;
    }

    /** Months since the firm entered, or -1 if it is not a recent entrant. */
    int monthsSinceEntry(Firm f) {
        Integer m = enteredAt.get(f);
        return m == null ? -1 : month - m;
    }
}
