package machikoba.model.finance;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class PromissoryNotesTest {
    @Test
    void notesAreCollectedInTheMonthTheyFallDue() {
        PromissoryNotes n = new PromissoryNotes();
        n.issue(100, 0);
        n.issue(50, 3);
        assertEquals(150, n.outstanding(), 1e-9);
        assertEquals(100, n.collect(), 1e-9);   // month 0: cash
        assertEquals(0, n.collect(), 1e-9);     // month 1
        assertEquals(0, n.collect(), 1e-9);     // month 2
        assertEquals(50, n.collect(), 1e-9);    // month 3: the note matures
        assertEquals(0, n.outstanding(), 1e-9);
    }

    @Test
    void delaysBeyondTheLongestAreHeldToTheLongest() {
        PromissoryNotes n = new PromissoryNotes();
        n.issue(10, 40);
        for (int m = 0; m < PromissoryNotes.MAX_DELAY; m++) assertEquals(0, n.collect(), 1e-9);
        assertEquals(10, n.collect(), 1e-9);
    }

    @Test
    void discountingCostsMoreTheLongerANoteHasToRun() {
        // a firm discounts after the month's collection, so a note due in k months costs k months
        PromissoryNotes near = new PromissoryNotes();
        near.issue(100, 1);
        near.collect();
        PromissoryNotes far = new PromissoryNotes();
        far.issue(100, 6);
        far.collect();
        double rate = 0.12;
        assertEquals(100 * (1 - rate / 12), near.discount(1000, rate), 1e-9);
        assertEquals(100 * (1 - rate * 6 / 12), far.discount(1000, rate), 1e-9);
        assertEquals(0, near.outstanding(), 1e-9);
    }

    @Test
    void discountingSellsOnlyWhatIsNeededNearestFirst() {
        PromissoryNotes n = new PromissoryNotes();
        n.issue(100, 2);
        n.issue(100, 5);
        n.collect();
        double raised = n.discount(50, 0.12);
        assertEquals(50, raised, 1e-9);
        // the face sold came from the note due first (in two months): 50 / (1 - 0.02)
        assertEquals(200 - 50 / 0.98, n.outstanding(), 1e-9);
    }
}
