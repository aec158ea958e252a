package machikoba.model.network;

import machikoba.model.District;
import machikoba.model.Firm;

/**
 * How alike two firms are, 0-1: trust needs low power differentials and a shared frame of
 * reference; firms of similar size and technology trust more [IA-2001]. Size stands for power,
 * technology for what they can talk about, the owners' generation for the shared frame
 * (Kiseiren keeps its members young and flat [IA-2001]).
 */
public final class Similarity {
    /** Firms this many times larger, this far apart in technology, or this many years apart in age have nothing alike on that count (assumptions). */
    static final double SIZE_RATIO = 10, TECH_GAP = 0.5, GENERATION = 20.0;

    private Similarity() { }

    public static double of(int employeesA, double techA, int ageA, int employeesB, double techB, int ageB) {
        double size = 1 - Math.min(1, Math.abs(Math.log(Math.max(1, employeesA) / (double) Math.max(1, employeesB))) / Math.log(SIZE_RATIO));
        double tech = 1 - Math.min(1, Math.abs(techA - techB) / TECH_GAP);
        double generation = 1 - Math.min(1, Math.abs(ageA - ageB) / GENERATION);
        return (size + tech + generation) / 3;
    }

    public static double of(Firm a, Firm b) {
        return of(a.employees(), a.techLevel(), a.ownerAge(), b.employees(), b.techLevel(), b.ownerAge());
    }

    /** Mean similarity to a few members drawn at random (never all of them); 0.5 if there is nobody else. */
    public static double toMembers(Firm f, HorizontalNetwork n, int sample, District d) {
        int size = n.members().size();
        if (size < 2) return 0.5;
        double sum = 0;
        int got = 0;
        for (int i = 0; i < sample * 2 && got < sample; i++) {
            Membership m = n.members().get(d.random.nextInt(size));
            if (m.firm() == f || !m.isCurrent()) continue;
            sum += of(f, m.firm());
            got++;
        }
        return got > 0 ? sum / got : 0.5;
    }
}
