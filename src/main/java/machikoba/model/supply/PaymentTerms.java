package machikoba.model.supply;

import machikoba.model.Params;

import machikoba.scenario.Scenario;

/**
 * How long an assembler makes a supplier wait: notes are nominally due in 30-90 days but
 * stretch to six months or more [IA-1999], the more so the more the supplier depends on the
 * buyer and the harder the buyer's own orders are falling.
 */
public final class PaymentTerms {
    private PaymentTerms() { }

    public static int delay(Scenario.Payment p, double extraDelay, double leverage, double stress) {
        double months = p.baseMonths() + extraDelay
                + p.leverageDelayMonths() * Math.max(0, Math.min(1, leverage))
                + p.stressDelayMonths() * Math.max(0, Math.min(1, stress));
        return (int) Math.min(p.maxMonths(), Math.round(months));
    }

    public static int delay(Params params, double leverage, double stress) {
        // a rule on subcontracting may cap the delay (model/policy/SubcontractingRules)
        return Math.min(params.noteDelayCap(), delay(params.scenario().assemblers().payment(), params.extraPaymentDelay(), leverage, stress));
    }
}
