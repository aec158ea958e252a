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
    private final Scenario.SubcontractingRules spec;

    SubcontractingRules(Scenario.SubcontractingRules spec) { this.spec = spec; }

    void monthStart(District d) {
        boolean on = Policy.inForce(d.year(), spec.startYear(), spec.endYear());
        if (spec.noteDelayCapMonths() > 0) d.params().capNoteDelays(on ? spec.noteDelayCapMonths() : Integer.MAX_VALUE);
        if (spec.banCutsAfterAgreement()) d.costDown().banCutsAfterAgreement(on);
    }
}
