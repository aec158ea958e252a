package machikoba.scenario;

import java.util.List;

/**
 * One district (or the nation) as a scenario file describes it: the causes a run starts
 * from. Every field is a plain value; the loader fills it from YAML and {@link ScenarioValidator}
 * checks it. Outcomes (firm counts after 1985, shares with a parent, ...) never appear here:
 * they are what the model produces and what {@code targets} compares it with.
 */
public record Scenario(
        String name,
        String description,
        String follows,
        Period period,
        Firms firms,
        Owners owners,
        Economy economy,
        Assemblers assemblers,
        Bank bank,
        Entry entry,
        List<MacroYear> macro) {

    /** The macro row for a calendar year (the validator guarantees one per year). */
    public MacroYear macroFor(int year) {
        return macro.get(year - period.start());
    }

    public record Period(int start, int end) {
        public int months() { return (end - start + 1) * 12; }
    }

    /** The population of small and medium firms at the start year. */
    public record Firms(
            int count,
            List<SizeClass> sizeClasses,
            TierMix tiers,
            List<Skill> skills,
            List<ShareBin> topCustomerShare,
            Independence independence,
            double customersPerFirm,
            double utilisation) { }

    public record SizeClass(int min, int max, double share) { }

    /** Tiers as counts of firms; tier 3 sells partly to assemblers direct, tier 4 only to tier 3 [U-2009]. */
    public record TierMix(double tier2, double tier3, double tier4, double tier3ToAssemblers) { }

    public record Skill(String name, double share) { }

    /** A bin of the initial distribution of the top customer's share of a firm's sales. */
    public record ShareBin(double from, double to, double share) { }

    /** Share of firms that cap their top customer, and the cap they tolerate [IA-1999]. */
    public record Independence(double share, double maxTopShareLow, double maxTopShareHigh) { }

    public record Owners(
            double meanAge,
            double sdAge,
            double retirementAgeMean,
            double retirementAgeSd,
            double successorChanceStart,
            double successorChanceEnd,
            double closeAfterLossYears) { }

    /** Money in million yen; rates per year unless named monthly. */
    public record Economy(
            double outputPerWorker,
            double valueAddedShare,
            double wage,
            double techLevelSd,
            double unitCostSd,
            double productivityGrowth,
            double rdShare,
            double rdFirmShare,
            double rdProductThreshold,
            double productMarketShare,
            double productLifeYears,
            double searchEffort,
            double hireThreshold,
            double fireThreshold,
            double initialCashMonths,
            double initialDebtMonths,
            double cashReserveMonths) { }

    public record Assemblers(
            int count,
            Procurement procurement,
            CostDown costDown,
            Payment payment,
            double supplierTrimPerYear,
            int trimFromYear,
            int trimToYear,
            double shiftToBest,
            double turnover,
            int searchSample) { }

    /** Weights an assembler gives to cost, quality and delivery when it ranks suppliers [U-2009]. */
    public record Procurement(double cost, double quality, double delivery) { }

    /** The twice-yearly unilateral price cut, scaled by leverage [IA-1999]. */
    public record CostDown(double rate, double leverageExponent, List<Integer> months) { }

    /** Promissory-note terms: nominal 30-90 days, stretched with leverage and stress [IA-1999]. */
    public record Payment(int baseMonths, double leverageDelayMonths, double stressDelayMonths, int maxMonths) { }

    public record Bank(
            double loanRate,
            double discountRate,
            double creditLineMonths,
            double repaymentYears,
            double standingThreshold,
            double callInShare) { }

    public record Entry(double rate, double spinOffShare) { }

    /** The year's macro conditions: the path the run is driven along, not its outcome. */
    public record MacroYear(int year, double demand, double credit, double offshoring, double inhouse) { }
}
