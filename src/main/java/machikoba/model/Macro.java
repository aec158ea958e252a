package machikoba.model;

import machikoba.scenario.Scenario;

/**
 * The year's conditions from the scenario's macro path: demand, credit tightness, offshoring
 * and in-house shares, and the general price level ({@link #priceLevel}). Between yearly rows
 * values move linearly by month, so a recession is a slope and not a cliff every January.
 */
public final class Macro {
    private final Scenario scenario;
    private final double domesticBase;
    private Scenario.MacroYear now;
    private double demand;
    private double credit;
    private double offshoring;
    private double inhouse;
    private double trend = 1;

    Macro(Scenario scenario) {
        this.scenario = scenario;
        Scenario.MacroYear first = scenario.macro().get(0);
        domesticBase = first.demand() * (1 - first.inhouse());
        update(scenario.period().start(), 1);
    }

    void update(int year, int month) {
        now = scenario.macroFor(year);
        Scenario.MacroYear next = year < scenario.period().end() ? scenario.macroFor(year + 1) : now;
        double w = (month - 1) / 12.0;
        demand = lerp(now.demand(), next.demand(), w);
        credit = lerp(now.credit(), next.credit(), w);
        offshoring = lerp(now.offshoring(), next.offshoring(), w);
        inhouse = lerp(now.inhouse(), next.inhouse(), w);
        // the trend grows through its last year (the end of the period unless the scenario says)
        double grown = Math.min(year + w, scenario.assemblers().demandGrowthUntil() + 1) - scenario.period().start();
        trend = Math.pow(1 + scenario.assemblers().demandGrowth(), grown);
    }

    private static double lerp(double a, double b, double w) {
        return a + (b - a) * w;
    }

    /**
     * Assemblers' orders for parts relative to the start year, less what they take in-house.
     * Offshoring is not in this index: it moves whole supplier relationships abroad
     * ({@link Offshoring}) rather than thinning all orders alike. A district's own buyers may
     * grow faster or slower than the macro path (the scenario's assemblers' demand growth).
     */
    public double domesticDemand() {
        return demand * trend * (1 - inhouse) / domesticBase;
    }

    public double demand() { return demand; }
    public double credit() { return credit; }
    public double offshoring() { return offshoring; }
    public double inhouse() { return inhouse; }
    public int year() { return now.year(); }

    /**
     * The general price level of a year of the period (1985 = 1), as the scenario's macro path gives
     * it: one figure a year, as the census deflates a year's value added by the year's average of the
     * corporate goods price index [U-2009]. Read only; nothing in the model follows it yet.
     */
    public double priceLevel(int year) { return scenario.macroFor(year).prices(); }
}
