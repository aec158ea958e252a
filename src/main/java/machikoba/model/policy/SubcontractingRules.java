package machikoba.model.policy;

import machikoba.model.District;
import machikoba.scenario.Scenario;

/**
 * Rules on subcontracting, in force from their start year to their end year: a cap on how long
 * an assembler may make a supplier wait for its notes (nominally 30-90 days, in practice six
 * months or more [IA-1999]), and a ban on cutting prices after agreement (prices were cut even
 * after agreement [U-2009]): only the year's first cost-down month, the agreement, may cut.
 * They act on {@link machikoba.model.supply.PaymentTerms} and {@link machikoba.model.supply.CostDown}.
 */
final class SubcontractingRules {
    private Scenario.SubcontractingRules spec;

    SubcontractingRules(Scenario.SubcontractingRules spec) { this.spec = spec; }

    void set(Scenario.SubcontractingRules spec) { this.spec = spec; }

    void monthStart(District d) {
        boolean on = Policy.inForce(d.year(), spec.startYear(), spec.endYear());
        // set every month, so that a rule a student lifts in the GUI is lifted at once
        d.params().capNoteDelays(on && spec.noteDelayCapMonths() > 0 ? spec.noteDelayCapMonths() : Integer.MAX_VALUE);
        d.costDown().banCutsAfterAgreement(on && spec.banCutsAfterAgreement());
    }
}
