package machikoba.model;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * What firms keep instead of working out again ({@link Firm#topShare}, {@link machikoba.model.finance.PromissoryNotes#outstanding})
 * is, every month and to the bit, what working it out from their links and notes gives: every
 * change to links (a month's sales, links made, dropped by an assembler, dead with a firm) and to
 * notes (issued, collected, discounted) clears what was kept.
 */
class KeptReadingsTest {
    @Test
    void keptTopSharesAndReceivablesAreTheOnesWorkedOutNow() {
        // three year ends, exits and entries, firms short of cash discounting notes
        District d = Fixtures.district(500, 3);
        int checked = 0;
        for (int m = 0; m < 40; m++) {
            d.schedule.step(d);
            for (Firm f : d.firms()) {
                assertEquals(f.topShareNow(), f.topShare(), 0, () -> f + " top share, step " + d.step());
                assertEquals(f.books().outstandingNow(), f.books().outstanding(), 0, () -> f + " receivables, step " + d.step());
                checked++;
            }
        }
        assertEquals(true, checked > 10_000, "firms checked: " + checked);
    }

    @Test
    void theKeptSumFollowsEveryChangeToTheNotes() {
        District d = Fixtures.district(50, 1);
        Firm f = Fixtures.firm(d, 3, 10);
        f.books().issue(100, 2);
        assertEquals(100, f.books().outstanding(), 0);
        f.books().issue(40, 0);
        assertEquals(140, f.books().outstanding(), 0);
        f.books().collect();
        assertEquals(100, f.books().outstanding(), 0);
        f.books().discount(30, 0.12);
        assertEquals(f.books().outstandingNow(), f.books().outstanding(), 0);
        assertEquals(true, f.books().outstanding() < 100);
    }
}
