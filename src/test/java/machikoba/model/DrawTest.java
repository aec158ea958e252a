package machikoba.model;

import ec.util.MersenneTwisterFast;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DrawTest {

    /** Firms of 4-299 drawn from one power law of exponent 2 land in IA-1999's size shares. */
    @Test
    void powerLawOfExponentTwoGivesTheNationalSizeMix() {
        MersenneTwisterFast r = new MersenneTwisterFast(7);
        int n = 400_000, small = 0, ten = 0, twenty = 0, hundred = 0, medium = 0;
        for (int i = 0; i < n; i++) {
            int e = Draw.powerLaw(r, 4, 299, 2.0);
            assertTrue(e >= 4 && e <= 299, "in the class: " + e);
            if (e < 10) small++; else if (e < 20) ten++; else if (e < 100) twenty++; else hundred++;
            if (e >= 30 && e < 100) medium++;
        }
        // IA-1999, firms of 4-299 renormalised: 59.2%, 19.7%, 18.8%, 2.4%
        assertEquals(0.592, (double) small / n, 0.02);
        assertEquals(0.197, (double) ten / n, 0.01);
        assertEquals(0.188, (double) twenty / n, 0.03);
        assertEquals(0.024, (double) hundred / n, 0.006);
        // within 20-99 the law puts 7 in 12 at 30-99, where an even spread puts 7 in 8
        assertEquals(7.0 / 12, (double) medium / twenty, 0.01);
    }

    /** Exponent 0 is the even spread, drawn exactly as before the law existed. */
    @Test
    void exponentZeroIsTheEvenSpread() {
        MersenneTwisterFast a = new MersenneTwisterFast(3), b = new MersenneTwisterFast(3);
        for (int i = 0; i < 1000; i++) assertEquals(20 + b.nextInt(80), Draw.powerLaw(a, 20, 99, 0));
    }

    @Test
    void exponentOneStaysInsideTheClass() {
        MersenneTwisterFast r = new MersenneTwisterFast(5);
        int below = 0;
        for (int i = 0; i < 10_000; i++) {
            int e = Draw.powerLaw(r, 10, 19, 1.0);
            assertTrue(e >= 10 && e <= 19);
            if (e < 15) below++;
        }
        // log-uniform: ln(15/10) / ln(20/10) = 58% below 15
        assertEquals(0.585, below / 10_000.0, 0.02);
    }
}
