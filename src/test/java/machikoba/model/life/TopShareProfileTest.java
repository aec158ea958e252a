package machikoba.model.life;

import ec.util.MersenneTwisterFast;
import machikoba.scenario.Scenario;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TopShareProfileTest {
    private static final List<Scenario.ShareBin> OTA = List.of(
            new Scenario.ShareBin(0.05, 0.20, 0.10), new Scenario.ShareBin(0.20, 0.40, 0.15),
            new Scenario.ShareBin(0.40, 0.50, 0.10), new Scenario.ShareBin(0.50, 0.70, 0.15),
            new Scenario.ShareBin(0.70, 1.00, 0.50));

    /** Stance firms kept under their caps, all firms together still match the scenario's bins. */
    @Test
    void allFirmsTogetherMatchTheBins() {
        Scenario.Independence stance = new Scenario.Independence(0.15, 0.15, 0.40);
        TopShareProfile p = new TopShareProfile(OTA, stance);
        MersenneTwisterFast r = new MersenneTwisterFast(7);
        int n = 200_000, parents = 0, low = 0;
        for (int i = 0; i < n; i++) {
            double cap = r.nextDouble() < stance.share()
                    ? stance.maxTopShareLow() + r.nextDouble() * (stance.maxTopShareHigh() - stance.maxTopShareLow()) : 1.0;
            double top = p.draw(r, cap);
            assertTrue(top <= Math.max(0.02, cap), "a stance firm starts under its cap");
            if (top >= 0.7) parents++;
            if (top < 0.4) low++;
        }
        assertEquals(0.50, parents / (double) n, 0.01);
        assertEquals(0.25, low / (double) n, 0.01);
    }

    /** With no stance firms every firm is drawn from the bins as given. */
    @Test
    void withoutTheStanceTheBinsAreDrawnAsGiven() {
        TopShareProfile p = new TopShareProfile(OTA, new Scenario.Independence(0.0, 0.15, 0.40));
        MersenneTwisterFast r = new MersenneTwisterFast(3);
        int n = 100_000, parents = 0;
        for (int i = 0; i < n; i++) if (p.draw(r, 1.0) >= 0.7) parents++;
        assertEquals(0.50, parents / (double) n, 0.01);
    }
}
