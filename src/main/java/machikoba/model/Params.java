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
    private final double paySizeElasticity;
    private final double capitalPerWorker;
    private final double capitalElasticity;
    private final double depreciationMonthly;
    /** Cost per unit of list value at the start, for a firm of the reference size at full capacity. */
    private final double startCostPerUnit;

    private double extraPaymentDelay;
    private double creditTightnessShift;
    private boolean topDownNetworks;
    private double localNetworkSupport;
    private int networkAgeLimit;
    /** The year's general price level (1985 = 1): prices, pay and materials follow it, debts and notes do not. */
    private double priceLevel = 1;
    /** Longest note delay a subcontracting rule allows (model/policy/SubcontractingRules); none by default. */
    private int noteDelayCap = Integer.MAX_VALUE;
    /** This month's cost of a factory site per employee, ¥M ({@link machikoba.model.finance.SiteCost}); 0 without a land path. */
    private double siteCostMonthly;

    Params(Scenario s) {
        scenario = s;
        outputPerWorkerMonthly = s.economy().outputPerWorker() / 12.0;
        materialShare = 1 - s.economy().valueAddedShare();
        wageMonthly = s.economy().wage() / 12.0;
        loanRateMonthly = s.bank().loanRate() / 12.0;
        repaymentMonthly = 1.0 / (12.0 * s.bank().repaymentYears());
        rdShare = s.economy().rdShare();
        cashReserveMonths = s.economy().cashReserveMonths();
        paySizeElasticity = s.labour().paySizeElasticity();
        capitalPerWorker = s.rationalisation().capitalPerWorker();
        capitalElasticity = s.rationalisation().capitalElasticity();
        depreciationMonthly = s.rationalisation().depreciation() / 12.0;
        startCostPerUnit = materialShare + wageMonthly / outputPerWorkerMonthly;
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
    /** Firms of this size pay the scenario's wage; pay rises with size [U-2009]. */
    public static final double PAY_REFERENCE_SIZE = 6.5;
    /** Pay per employee relative to a firm of {@link #PAY_REFERENCE_SIZE}: ¥3.0M in firms of 4-9, ¥6.7M at 1,000+ [U-2009]. */
    public double payFactor(int employees) {
        return paySizeElasticity == 0 ? 1 : Math.pow(Math.max(1, employees) / PAY_REFERENCE_SIZE, paySizeElasticity);
    }
    /** Machinery per employee in the start year, ¥M; 0 switches machinery off. */
    public double capitalPerWorker() { return capitalPerWorker; }
    /** Output per worker relative to the start year's machinery per worker: (machinery per worker / start)^elasticity. */
    public double machineFactor(double machinery, int employees) {
        if (capitalPerWorker <= 0 || capitalElasticity == 0) return 1;
        return Math.pow(Math.max(1e-9, machinery / (Math.max(1, employees) * capitalPerWorker)), capitalElasticity);
    }
    public double depreciationMonthly() { return depreciationMonthly; }
    /**
     * Machinery per worker a firm of this size keeps: larger firms are more capital-intensive, so
     * that output per worker keeps pace with their higher pay (a labour share equal across sizes:
     * an assumption, the studies give pay by size only).
     */
    public double equipmentPerWorker(int employees) {
        if (capitalElasticity == 0) return capitalPerWorker;
        return capitalPerWorker * Math.pow(payFactor(employees), 1 / capitalElasticity);
    }
    public double startCostPerUnit() { return startCostPerUnit; }
    public double siteCostMonthly() { return siteCostMonthly; }
    public void setSiteCostMonthly(double v) { siteCostMonthly = v; }
    public double extraPaymentDelay() { return extraPaymentDelay; }
    public double creditTightnessShift() { return creditTightnessShift; }
    public boolean topDownNetworks() { return topDownNetworks; }
    public double localNetworkSupport() { return localNetworkSupport; }
    public int networkAgeLimit() { return networkAgeLimit; }
    public double priceLevel() { return priceLevel; }
    public int noteDelayCap() { return noteDelayCap; }
    /** A rule caps note delays at this many months ({@code Integer.MAX_VALUE}: no cap) [IA-1999]. */
    public void capNoteDelays(int months) { noteDelayCap = months; }

    void setExtraPaymentDelay(double v) { extraPaymentDelay = v; }
    void setCreditTightnessShift(double v) { creditTightnessShift = v; }
    void setTopDownNetworks(boolean v) { topDownNetworks = v; }
    void setLocalNetworkSupport(double v) { localNetworkSupport = v; }
    void setNetworkAgeLimit(int v) { networkAgeLimit = v; }
    /** Set at each month's start from the macro path ({@link District}). */
    void setPriceLevel(double v) { priceLevel = v; }
}
