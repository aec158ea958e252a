package machikoba.model;

import machikoba.scenario.Scenario;

/**
 * The scenario's values in the units the monthly loop uses, computed once, and the few levers
 * a student may move while the model runs (payment delay, credit tightness, the network
 * policies), changed through {@link District}'s bean properties. The cost-down rate belongs to
 * {@link machikoba.model.supply.CostDown}.
 */
public final class Params {
    private final Scenario scenario;
    private final double outputPerWorkerMonthly;
    private final double materialShare;
    private final double wageMonthly;
    private final double loanRateMonthly;
    private final double repaymentMonthly;
    private final double rdShare;
    private final double cashReserveMonths;

    private double extraPaymentDelay;
    private double creditTightnessShift;
    private boolean topDownNetworks;
    private double localNetworkSupport;
    private int networkAgeLimit;
    /** Longest note delay a subcontracting rule allows (model/policy/SubcontractingRules); none by default. */
    private int noteDelayCap = Integer.MAX_VALUE;

    Params(Scenario s) {
        scenario = s;
        outputPerWorkerMonthly = s.economy().outputPerWorker() / 12.0;
        materialShare = 1 - s.economy().valueAddedShare();
        wageMonthly = s.economy().wage() / 12.0;
        loanRateMonthly = s.bank().loanRate() / 12.0;
        repaymentMonthly = 1.0 / (12.0 * s.bank().repaymentYears());
        rdShare = s.economy().rdShare();
        cashReserveMonths = s.economy().cashReserveMonths();
        topDownNetworks = s.networkPolicy().topDown();
        localNetworkSupport = s.networkPolicy().localSupport();
        networkAgeLimit = s.networkPolicy().ageLimit();
    }

    public Scenario scenario() { return scenario; }
    public double outputPerWorkerMonthly() { return outputPerWorkerMonthly; }
    public double materialShare() { return materialShare; }
    public double wageMonthly() { return wageMonthly; }
    public double loanRateMonthly() { return loanRateMonthly; }
    public double repaymentMonthly() { return repaymentMonthly; }
    public double rdShare() { return rdShare; }
    public double cashReserveMonths() { return cashReserveMonths; }
    public double extraPaymentDelay() { return extraPaymentDelay; }
    public double creditTightnessShift() { return creditTightnessShift; }
    public boolean topDownNetworks() { return topDownNetworks; }
    public double localNetworkSupport() { return localNetworkSupport; }
    public int networkAgeLimit() { return networkAgeLimit; }
    public int noteDelayCap() { return noteDelayCap; }
    /** A rule caps note delays at this many months ({@code Integer.MAX_VALUE}: no cap) [IA-1999]. */
    public void capNoteDelays(int months) { noteDelayCap = months; }

    void setExtraPaymentDelay(double v) { extraPaymentDelay = v; }
    void setCreditTightnessShift(double v) { creditTightnessShift = v; }
    void setTopDownNetworks(boolean v) { topDownNetworks = v; }
    void setLocalNetworkSupport(double v) { localNetworkSupport = v; }
    void setNetworkAgeLimit(int v) { networkAgeLimit = v; }
}
