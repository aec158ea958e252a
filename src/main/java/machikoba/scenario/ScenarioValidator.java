package machikoba.scenario;

import java.util.List;
import java.util.function.ToIntFunction;

/**
 * Checks the meaning of a bound scenario: ranges, shares that must sum to one, a macro row
 * for every year. The first problem found is thrown as a {@link ScenarioError} with its line.
 */
final class ScenarioValidator {
    private static final double SUM_TOLERANCE = 1e-6;

    private final String file;
    private final ToIntFunction<String> lineOf;

    ScenarioValidator(String file, ToIntFunction<String> lineOf) {
        this.file = file;
        this.lineOf = lineOf;
    }

    void validate(Scenario s) {
        if (s.name().isBlank()) fail("name", "expected a short name such as 'ota'");
        if (!s.name().matches("[A-Za-z0-9_.-]+")) fail("name", "expected letters, digits, '-', '_' or '.' (it names the output folder), got '" + s.name() + "'");
        period(s.period());
        firms(s.firms());
        owners(s.owners());
        economy(s.economy());
        assemblers(s.assemblers());
        bank(s.bank());
        range("entry.rate", s.entry().rate(), 0, 1);
        range("entry.spinOffShare", s.entry().spinOffShare(), 0, 1);
        macro(s.period(), s.macro());
    }

    private void period(Scenario.Period p) {
        range("period.start", p.start(), 1900, 2100);
        range("period.end", p.end(), 1900, 2100);
        if (p.end() < p.start()) fail("period.end", "expected an end year not before the start year " + p.start() + ", got " + p.end());
    }

    private void firms(Scenario.Firms f) {
        if (f.count() < 1) fail("firms.count", "expected a whole number >= 1, got " + f.count());
        nonEmpty("firms.sizeClasses", f.sizeClasses());
        double sum = 0;
        for (int i = 0; i < f.sizeClasses().size(); i++) {
            Scenario.SizeClass c = f.sizeClasses().get(i);
            String at = "firms.sizeClasses[" + i + "]";
            if (c.min() < 1) fail(at + ".min", "expected at least 1 employee, got " + c.min());
            if (c.max() < c.min()) fail(at + ".max", "expected max >= min (" + c.min() + "), got " + c.max());
            range(at + ".share", c.share(), 0, 1);
            sum += c.share();
        }
        sumsToOne("firms.sizeClasses", "share", sum);
        Scenario.TierMix t = f.tiers();
        range("firms.tiers.tier2", t.tier2(), 0, 1);
        range("firms.tiers.tier3", t.tier3(), 0, 1);
        range("firms.tiers.tier4", t.tier4(), 0, 1);
        sumsToOne("firms.tiers", "tier2 + tier3 + tier4", t.tier2() + t.tier3() + t.tier4());
        range("firms.tiers.tier3ToAssemblers", t.tier3ToAssemblers(), 0, 1);
        nonEmpty("firms.skills", f.skills());
        sum = 0;
        for (int i = 0; i < f.skills().size(); i++) {
            String at = "firms.skills[" + i + "]";
            if (f.skills().get(i).name().isBlank()) fail(at + ".name", "expected a skill name");
            range(at + ".share", f.skills().get(i).share(), 0, 1);
            sum += f.skills().get(i).share();
        }
        sumsToOne("firms.skills", "share", sum);
        nonEmpty("firms.topCustomerShare", f.topCustomerShare());
        sum = 0;
        for (int i = 0; i < f.topCustomerShare().size(); i++) {
            Scenario.ShareBin b = f.topCustomerShare().get(i);
            String at = "firms.topCustomerShare[" + i + "]";
            range(at + ".from", b.from(), 0, 1);
            range(at + ".to", b.to(), 0, 1);
            if (b.to() <= b.from()) fail(at + ".to", "expected to > from (" + b.from() + "), got " + b.to());
            range(at + ".share", b.share(), 0, 1);
            sum += b.share();
        }
        sumsToOne("firms.topCustomerShare", "share", sum);
        range("firms.independence.share", f.independence().share(), 0, 1);
        range("firms.independence.maxTopShareLow", f.independence().maxTopShareLow(), 0.01, 1);
        range("firms.independence.maxTopShareHigh", f.independence().maxTopShareHigh(), f.independence().maxTopShareLow(), 1);
        range("firms.customersPerFirm", f.customersPerFirm(), 1, 50);
        range("firms.utilisation", f.utilisation(), 0.05, 1);
    }

    private void owners(Scenario.Owners o) {
        range("owners.meanAge", o.meanAge(), 18, 90);
        range("owners.sdAge", o.sdAge(), 0, 30);
        range("owners.retirementAgeMean", o.retirementAgeMean(), 40, 100);
        range("owners.retirementAgeSd", o.retirementAgeSd(), 0, 30);
        range("owners.successorChanceStart", o.successorChanceStart(), 0, 1);
        range("owners.successorChanceEnd", o.successorChanceEnd(), 0, 1);
        range("owners.closeAfterLossYears", o.closeAfterLossYears(), 1, 50);
    }

    private void economy(Scenario.Economy e) {
        range("economy.outputPerWorker", e.outputPerWorker(), 1e-6, 1e6);
        range("economy.valueAddedShare", e.valueAddedShare(), 0.01, 1);
        range("economy.wage", e.wage(), 1e-6, 1e6);
        range("economy.techLevelSd", e.techLevelSd(), 0, 2);
        range("economy.unitCostSd", e.unitCostSd(), 0, 0.5);
        range("economy.productivityGrowth", e.productivityGrowth(), 0, 0.2);
        range("economy.rdShare", e.rdShare(), 0, 1);
        range("economy.rdFirmShare", e.rdFirmShare(), 0, 1);
        range("economy.rdProductThreshold", e.rdProductThreshold(), 1e-6, 1e6);
        range("economy.productMarketShare", e.productMarketShare(), 0, 1);
        range("economy.productLifeYears", e.productLifeYears(), 1, 100);
        range("economy.searchEffort", e.searchEffort(), 0, 1);
        range("economy.hireThreshold", e.hireThreshold(), 0, 5);
        range("economy.fireThreshold", e.fireThreshold(), 0, e.hireThreshold());
        range("economy.initialCashMonths", e.initialCashMonths(), 0, 120);
        range("economy.initialDebtMonths", e.initialDebtMonths(), 0, 240);
        range("economy.cashReserveMonths", e.cashReserveMonths(), 0, 120);
    }

    private void assemblers(Scenario.Assemblers a) {
        if (a.count() < 1) fail("assemblers.count", "expected a whole number >= 1, got " + a.count());
        range("assemblers.procurement.cost", a.procurement().cost(), 0, 1);
        range("assemblers.procurement.quality", a.procurement().quality(), 0, 1);
        range("assemblers.procurement.delivery", a.procurement().delivery(), 0, 1);
        sumsToOne("assemblers.procurement", "cost + quality + delivery",
                a.procurement().cost() + a.procurement().quality() + a.procurement().delivery());
        range("assemblers.costDown.rate", a.costDown().rate(), 0, 0.5);
        range("assemblers.costDown.leverageExponent", a.costDown().leverageExponent(), 0, 10);
        List<Integer> months = a.costDown().months();
        for (int i = 0; i < months.size(); i++) range("assemblers.costDown.months[" + i + "]", months.get(i), 1, 12);
        Scenario.Payment p = a.payment();
        range("assemblers.payment.maxMonths", p.maxMonths(), 1, 12);
        range("assemblers.payment.baseMonths", p.baseMonths(), 0, p.maxMonths());
        range("assemblers.payment.leverageDelayMonths", p.leverageDelayMonths(), 0, 12);
        range("assemblers.payment.stressDelayMonths", p.stressDelayMonths(), 0, 12);
        range("assemblers.supplierTrimPerYear", a.supplierTrimPerYear(), 0, 0.5);
        range("assemblers.shiftToBest", a.shiftToBest(), 0, 1);
        range("assemblers.turnover", a.turnover(), 0, 0.5);
        range("assemblers.searchSample", a.searchSample(), 1, 100);
        if (a.trimToYear() < a.trimFromYear()) fail("assemblers.trimToYear", "expected a year not before trimFromYear (" + a.trimFromYear() + "), got " + a.trimToYear());
    }

    private void bank(Scenario.Bank b) {
        range("bank.loanRate", b.loanRate(), 0, 1);
        range("bank.discountRate", b.discountRate(), 0, 1);
        range("bank.creditLineMonths", b.creditLineMonths(), 0, 60);
        range("bank.repaymentYears", b.repaymentYears(), 0.5, 50);
        range("bank.standingThreshold", b.standingThreshold(), -10, 10);
        range("bank.callInShare", b.callInShare(), 0, 1);
    }

    private void macro(Scenario.Period p, List<Scenario.MacroYear> rows) {
        int years = p.end() - p.start() + 1;
        if (rows.size() != years) {
            fail("macro", "expected one row per year " + p.start() + "-" + p.end() + " (" + years + " rows), got " + rows.size());
        }
        for (int i = 0; i < rows.size(); i++) {
            Scenario.MacroYear m = rows.get(i);
            String at = "macro[" + i + "]";
            if (m.year() != p.start() + i) fail(at + ".year", "expected year " + (p.start() + i) + " (one row per year, in order), got " + m.year());
            range(at + ".demand", m.demand(), 0, 10);
            range(at + ".credit", m.credit(), 0, 1);
            range(at + ".offshoring", m.offshoring(), 0, 1);
            range(at + ".inhouse", m.inhouse(), 0, 1);
            if (m.offshoring() + m.inhouse() > 1) fail(at + ".inhouse", "expected offshoring + inhouse <= 1, got " + (m.offshoring() + m.inhouse()));
        }
    }

    private void nonEmpty(String field, List<?> list) {
        if (list.isEmpty()) fail(field, "expected at least one entry");
    }

    private void sumsToOne(String field, String what, double sum) {
        if (Math.abs(sum - 1) > SUM_TOLERANCE) fail(field, "expected " + what + " to sum to 1, got " + sum);
    }

    private void range(String field, double v, double lo, double hi) {
        if (!(v >= lo && v <= hi)) fail(field, "expected a value from " + fmt(lo) + " to " + fmt(hi) + ", got " + fmt(v));
    }

    private static String fmt(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : Double.toString(v);
    }

    private void fail(String field, String message) {
        throw new ScenarioError(file, lineOf.applyAsInt(field), field, message);
    }
}
