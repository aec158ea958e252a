package machikoba.model.policy;

import machikoba.model.District;
import machikoba.model.Fixtures;
import machikoba.model.supply.PaymentTerms;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Rules on subcontracting cap note delays [IA-1999] and ban cuts after the year's agreement [U-2009], in their years only. */
class SubcontractingRulesTest {

    @Test
    void aCapShortensTheLongestNotesInItsYears() {
        District d = Fixtures.district(100, 1, "policy.subcontractingRules.noteDelayCapMonths", "2",
                "policy.subcontractingRules.endYear", "1985");
        int uncapped = PaymentTerms.delay(d.scenario().assemblers().payment(), 0, 1.0, 1.0);
        assertTrue(uncapped > 2, "a dependent supplier of a stressed buyer waits long: " + uncapped);
        d.policy().monthStart(d);
        assertEquals(2, PaymentTerms.delay(d.params(), 1.0, 1.0));
        assertEquals(Math.min(2, PaymentTerms.delay(d.scenario().assemblers().payment(), 0, 0, 0)), PaymentTerms.delay(d.params(), 0, 0));
        while (d.year() < 1986) d.schedule.step(d);
        d.policy().monthStart(d);
        assertEquals(uncapped, PaymentTerms.delay(d.params(), 1.0, 1.0), "the rule ended with 1985");
    }

    @Test
    void aBanLeavesOnlyTheYearsFirstCostDownMonth() {
        District d = Fixtures.district(100, 1, "policy.subcontractingRules.banCutsAfterAgreement", "true");
        var months = d.scenario().assemblers().costDown().months();
        int first = months.stream().mapToInt(Integer::intValue).min().orElseThrow();
        int later = months.stream().mapToInt(Integer::intValue).max().orElseThrow();
        assertTrue(later > first, "the scenario cuts twice a year [IA-1999]");
        d.policy().monthStart(d);
        d.costDown().monthStart(first);
        assertTrue(d.costDown().thisMonth(), "the agreement's month may cut");
        d.costDown().monthStart(later);
        assertFalse(d.costDown().thisMonth(), "a cut after agreement is banned");
    }
}
