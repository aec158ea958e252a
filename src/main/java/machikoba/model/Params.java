package machikoba.model;

import machikoba.scenario.Scenario;

/**
 * The scenario's values in the units the monthly loop uses, computed once. The few levers a
 * student may move while the model runs (cost-down rate, extra payment delay, credit
 * tightness) are here too, changed through {@link District}'s bean properties.
 */
final class Params {
    final Scenario scenario;
    final double outputPerWorkerMonthly;
    final double materialShare;
    final double wageMonthly;
    final double loanRateMonthly;
    final double repaymentMonthly;
    final double rdShare;
    final double cashReserveMonths;

    double costDownRate;
    double extraPaymentDelay;
    double creditTightnessShift;
    boolean topDownNetworks;
    double localNetworkSupport;
    int networkAgeLimit;

    Params(Scenario s) {
        scenario = s;
        outputPerWorkerMonthly = s.economy().outputPerWorker() / 12.0;
        materialShare = 1 - s.economy().valueAddedShare();
        wageMonthly = s.economy().wage() / 12.0;
        loanRateMonthly = s.bank().loanRate() / 12.0;
        repaymentMonthly = 1.0 / (12.0 * s.bank().repaymentYears());
        rdShare = s.economy().rdShare();
        cashReserveMonths = s.economy().cashReserveMonths();
        costDownRate = s.assemblers().costDown().rate();
        topDownNetworks = s.networkPolicy().topDown();
        localNetworkSupport = s.networkPolicy().localSupport();
        networkAgeLimit = s.networkPolicy().ageLimit();
    }
}
