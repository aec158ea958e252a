package machikoba.cli;

import machikoba.scenario.Scenario;
import machikoba.scenario.ScenarioLoader;

import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Locale;

/**
 * Whether the districts a command is about to build fit in this Java heap, checked before
 * any is built: a scenario too large stops with one message naming its {@code firms.count}
 * (or {@code assemblers.count}) instead of an OutOfMemoryError minutes into the build.
 *
 * <p>The estimate, 2 kB a firm, is what a district holds at its largest, measured with
 * {@code bench} on the national scenario (japan.yaml, 3 customers a firm): 1.2 kB a firm left
 * after a full GC and 1.6 kB of heap in use at the peak of a first year (435,000 firms, 712 MB);
 * a whole run 1985-2007 of 100,000 firms peaked at 340 MB in use and still finished in a
 * 360 MB heap. Each customer beyond three adds about 0.3 kB with its link and notes (12 a firm:
 * 303 MB against 162 MB at the peak of a first year of 100,000 firms, doubled as above for a whole
 * run). The collector needs
 * room besides what is live, so the estimate is compared with 80% of the maximum heap: the
 * national run asks for about 1.2 GB.
 */
final class HeapCheck {
    static final long BYTES_PER_FIRM = 2_000;
    static final long BYTES_PER_EXTRA_CUSTOMER = 300;
    /** An assembler and its share of the year-end register and roster (generous: few per district). */
    static final long BYTES_PER_ASSEMBLER = 2_000;
    /** The program itself, charts and the observer's rows, whatever the district. */
    static final long FIXED_BYTES = 64L << 20;

    private HeapCheck() { }

    /** The bytes one district of this scenario needs at its largest. */
    static double bytes(Scenario s) {
        return s.firms().count() * perFirm(s) + (double) s.assemblers().count() * BYTES_PER_ASSEMBLER;
    }

    private static double perFirm(Scenario s) {
        return BYTES_PER_FIRM + Math.max(0, s.firms().customersPerFirm() - 3) * BYTES_PER_EXTRA_CUSTOMER;
    }

    /** One district of {@code s} at a time, as {@code run} and {@code gui} build. */
    static void check(Path file, Scenario s) {
        check(file, List.of(s), 1);
    }

    /**
     * {@code atOnce} districts of the largest of {@code scenarios} at the same time (a batch's
     * or a validation's worker threads), all from {@code file}.
     */
    static void check(Path file, Collection<Scenario> scenarios, int atOnce) {
        check(file, scenarios, atOnce, Runtime.getRuntime().maxMemory());
    }

    static void check(Path file, Collection<Scenario> scenarios, int atOnce, long maxHeap) {
        Scenario largest = null;
        for (Scenario s : scenarios) if (largest == null || bytes(s) > bytes(largest)) largest = s;
        if (largest == null) return;
        double usable = 0.8 * maxHeap - FIXED_BYTES;
        double need = atOnce * bytes(largest);
        if (need <= usable) return;
        double perDistrict = Math.max(0, usable / atOnce);
        String xmx = "-Xmx" + (long) Math.ceil((need + FIXED_BYTES) / 0.8 / (1L << 30)) + "g";
        double assemblerBytes = (double) largest.assemblers().count() * BYTES_PER_ASSEMBLER;
        boolean assemblers = assemblerBytes > largest.firms().count() * perFirm(largest);
        String what = assemblers ? "assemblers" : "firms";
        double each = assemblers ? BYTES_PER_ASSEMBLER : perFirm(largest);
        double rest = assemblers ? largest.firms().count() * perFirm(largest) : assemblerBytes;
        long fit = (long) Math.max(0, (perDistrict - rest) / each);
        String why = String.format(Locale.ROOT, "%,d MB%s, at about %.1f kB %s; %sgive java more with %s",
                maxHeap >> 20, atOnce == 1 ? "" : " for " + atOnce + " districts at once", each / 1000.0,
                assemblers ? "an assembler" : "a firm", atOnce == 1 ? "" : "use fewer --threads or ", xmx);
        throw ScenarioLoader.errorAt(file, what + ".count", String.format(Locale.ROOT,
                "expected at most %,d %s%s to fit in this Java heap (%s), got %,d", fit, what, atOnce == 1 ? "" : " a district",
                why, assemblers ? largest.assemblers().count() : largest.firms().count()));
    }
}
