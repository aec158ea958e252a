package machikoba.model.supply;

import machikoba.scenario.Scenario;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class PaymentTermsTest {
    private final Scenario.Payment terms = new Scenario.Payment(2, 3, 6, 8);

    @Test
    void independentSuppliersInCalmYearsWaitTheNominalTerm() {
        assertEquals(2, PaymentTerms.delay(terms, 0, 0.1, 0));
    }

    @Test
    void delayGrowsWithLeverageAndTheBuyersStress() {
        assertEquals(5, PaymentTerms.delay(terms, 0, 1.0, 0));
        assertEquals(8, PaymentTerms.delay(terms, 0, 1.0, 0.5));   // 2 + 3 + 3
    }

    @Test
    void delayNeverPassesTheLongestNote() {
        assertEquals(8, PaymentTerms.delay(terms, 4, 1.0, 1.0));
    }
}
