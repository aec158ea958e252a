package machikoba.model.policy;

import machikoba.model.District;
import machikoba.scenario.Scenario;

/**
 * Local support of the networks firms found themselves, in given years: local government bears
 * a share of the cost of taking part (fees, and the time meetings take), which raises members'
 * engagement ({@code Engagement.cost}) [CT-2003: bottom-up projects "with no support"]. The fees
 * it bears are counted as public cost where they are paid ({@code Networks}). Outside its years
 * the scenario's own networkPolicy.localSupport holds again.
 */
final class LocalSupport {
    private final Scenario.LocalSupport spec;
    private final double otherwise;

    LocalSupport(Scenario.LocalSupport spec, double otherwise) {
        this.spec = spec;
        this.otherwise = otherwise;
    }

    void monthStart(District d) {
        if (spec.share() <= 0) return;
        boolean on = Policy.inForce(d.year(), spec.startYear(), spec.endYear());
        d.setLocalNetworkSupport(on ? Math.max(otherwise, spec.share()) : otherwise);
    }
}
