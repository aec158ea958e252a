package machikoba.model.life;

import machikoba.model.District;
import machikoba.model.Firm;

import java.util.random.RandomGenerator;

import machikoba.scenario.Scenario;

/**
 * Owners age; at retirement a successor takes over or the firm closes. The chance of a
 * successor falls over the period as young people prefer salaried jobs [U-2009]; 47% of
 * self-employed manufacturers were 60 or older by 2007.
 */
public final class Succession {
    /** A successor is 28 to 45 years old (an assumption). */
    static final int SUCCESSOR_AGE_FROM = 28, SUCCESSOR_AGE_SPAN = 18;

    private Succession() { }

    /** Chance of finding a successor in a year, moving linearly from start to end of the period. */
    public static double successorChance(Scenario s, int year) {
        Scenario.Owners o = s.owners();
        int span = Math.max(1, s.period().end() - s.period().start());
        double w = Math.max(0, Math.min(1, (year - s.period().start()) / (double) span));
        return o.successorChanceStart() + w * (o.successorChanceEnd() - o.successorChanceStart());
    }

    /** The owner's year, drawing from the firm's own stream; returns the exit it leads to, or null. */
    public static ExitCause year(Firm f, District d, RandomGenerator r) {
        f.ageOwner();
        if (f.ownerAge() < f.retirementAge()) return null;
        if (r.nextDouble() >= successorChance(d.scenario(), d.year())) return ExitCause.NO_SUCCESSOR;
        int age = SUCCESSOR_AGE_FROM + r.nextInt(SUCCESSOR_AGE_SPAN);
        f.newOwner(age, d.population().retirementAge(age, r.nextGaussian()));
        return null;
    }
}
