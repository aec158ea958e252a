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
        if (s.name().isBlank()) fail("name", "expected a short name such as 'ota', got empty text");
        if (!s.name().matches("[A-Za-z0-9_.-]+")) fail("name", "expected letters, digits, '-', '_' or '.' (it names the output folder), got '" + s.name() + "'");
        period(s.period());
        firms(s.firms());
        owners(s.owners());
        economy(s.economy());
        assemblers(s.assemblers(), s.period());
        bank(s.bank());
        range("entry.rate", s.entry().rate(), 0, 1);
        range("entry.spinOffShare", s.entry().spinOffShare(), 0, 1);
        rationalisation(s.rationalisation());
        labour(s.labour());
        macro(s.period(), s.macro());
        for (int i = 0; i < s.networks().size(); i++) network("networks[" + i + "]", s.networks().get(i), true);
        networkPolicy(s.networkPolicy());
        networkBehaviour(s.networkBehaviour());
        policy(s.policy());
        parents(s.period(), s.assemblers().count(), s.parents());
        land(s.period(), s.land());
    }

    static final List<String> LIAISON_TARGETS = List.of("competent", "town");
    static final List<String> GRANT_TARGETS = List.of("firm", "topDown");

    /** The policy levers (model/policy): counts, years, shares and money in their ranges. */
    private void policy(Scenario.Policy p) {
        String at = "policy.salespersons.";
        Scenario.Salespersons s = p.salespersons();
        range(at + "visitsPerYear", s.visitsPerYear(), 0, 1_000_000);
        years(at, s.startYear(), s.endYear());
        range(at + "knowledgeGain", s.knowledgeGain(), 0, 1);
        range(at + "joinChance", s.joinChance(), 0, 1);
        range(at + "costPerVisit", s.costPerVisit(), 0, 1000);
        at = "policy.keyPerson.";
        Scenario.KeyPerson k = p.keyPerson();
        range(at + "visitsPerYear", k.visitsPerYear(), 0, 100_000);
        years(at, k.startYear(), k.endYear());
        range(at + "familiarityGain", k.familiarityGain(), 0, 1);
        range(at + "projectsPerYear", k.projectsPerYear(), 0, 10_000);
        range(at + "productivity", k.productivity(), 0, 100);
        range(at + "costPerYear", k.costPerYear(), 0, 1_000_000);
        at = "policy.liaison.";
        Scenario.Liaison l = p.liaison();
        range(at + "projectsPerYear", l.projectsPerYear(), 0, 1_000_000);
        years(at, l.startYear(), l.endYear());
        oneOf(at + "target", l.target(), LIAISON_TARGETS);
        range(at + "techQuantile", l.techQuantile(), 0, 1);
        range(at + "maxEmployees", l.maxEmployees(), 1, 1_000_000);
        range(at + "research", l.research(), 0, 1000);
        range(at + "costPerProject", l.costPerProject(), 0, 1000);
        at = "policy.grants.";
        Scenario.Grants g = p.grants();
        range(at + "projectsPerYear", g.projectsPerYear(), 0, 1_000_000);
        years(at, g.startYear(), g.endYear());
        oneOf(at + "target", g.target(), GRANT_TARGETS);
        range(at + "amount", g.amount(), 0, 1000);
        at = "policy.plaza.";
        Scenario.Plaza z = p.plaza();
        range(at + "size", z.size(), 0, 1_000_000);
        years(at, z.startYear(), z.endYear());
        range(at + "meetingsPerYear", z.meetingsPerYear(), 1, 12);
        range(at + "costPerYear", z.costPerYear(), 0, 1_000_000);
        at = "policy.backedLoans.";
        Scenario.BackedLoans b = p.backedLoans();
        range(at + "year", b.year(), 1800, 2100);
        range(at + "month", b.month(), 1, 12);
        range(at + "takeUp", b.takeUp(), 0, 1);
        range(at + "costMonths", b.costMonths(), 0, 120);
        range(at + "repayOldShare", b.repayOldShare(), 0, 1);
        range(at + "guaranteeYears", b.guaranteeYears(), 0, 50);
        at = "policy.subcontractingRules.";
        Scenario.SubcontractingRules r = p.subcontractingRules();
        years(at, r.startYear(), r.endYear());
        range(at + "noteDelayCapMonths", r.noteDelayCapMonths(), 0, 12);
        at = "policy.localSupport.";
        range(at + "share", p.localSupport().share(), 0, 1);
        years(at, p.localSupport().startYear(), p.localSupport().endYear());
        range("policy.platforms.costPerYear", p.platforms().costPerYear(), 0, 1_000_000);
        range("policy.platforms.endYear", p.platforms().endYear(), 1800, 2100);
        at = "policy.startupGuarantees.";
        Scenario.StartupGuarantees g2 = p.startupGuarantees();
        years(at, g2.startYear(), g2.endYear());
        range(at + "heldBack", g2.heldBack(), 0, 1);
        range(at + "ownShare", g2.ownShare(), 0, 1);
        range(at + "guaranteeYears", g2.guaranteeYears(), 0, 50);
    }

    private void years(String at, int start, int end) {
        range(at + "startYear", start, 1800, 2100);
        range(at + "endYear", end, start, 2100);
    }

    /** Parent groups take the assemblers by rank, so together they can take no more than there are. */
    private void parents(Scenario.Period p, int assemblers, List<Scenario.ParentGroup> groups) {
        int taken = 0;
        double share = 0;
        for (int g = 0; g < groups.size(); g++) {
            Scenario.ParentGroup x = groups.get(g);
            String at = "parents[" + g + "]";
            if (x.name().isBlank()) fail(at + ".name", "expected a name such as 'Hitachi', got empty text");
            range(at + ".assemblers", x.assemblers(), 1, assemblers - taken);
            taken += x.assemblers();
            range(at + ".share", x.share(), 0, 1 - share);
            share += x.share();
            range(at + ".associationNoteMonths", x.associationNoteMonths(), 0, 24);
            int years = p.end() - p.start() + 1;
            if (x.path().size() != years) {
                fail(at + ".path", "expected one row per year " + p.start() + "-" + p.end() + " (" + years + " rows), got " + x.path().size());
            }
            for (int i = 0; i < years; i++) {
                Scenario.ParentYear y = x.path().get(i);
                String r = at + ".path[" + i + "]";
                if (y.year() != p.start() + i) fail(r + ".year", "expected year " + (p.start() + i) + " (one row per year, in order), got " + y.year());
                range(r + ".demand", y.demand(), i == 0 ? 1e-9 : 0, 10);
                range(r + ".offshoring", y.offshoring(), 0, 1);
                range(r + ".inhouse", y.inhouse(), 0, 1);
                if (y.offshoring() + y.inhouse() >= 1) fail(r + ".inhouse", "expected offshoring + inhouse below 1, got " + (y.offshoring() + y.inhouse()));
            }
        }
        if (taken == assemblers && !groups.isEmpty() && Math.abs(share - 1) > SUM_TOLERANCE) {
            fail("parents[" + (groups.size() - 1) + "].share", "expected the shares to sum to 1 when the groups take every assembler, got " + share);
        }
    }

    private void land(Scenario.Period p, Scenario.Land land) {
        range("land.sitePerEmployee", land.sitePerEmployee(), 0, 100);
        List<Scenario.LandYear> rows = land.path();
        if (rows.isEmpty()) return;
        int years = p.end() - p.start() + 1;
        if (rows.size() != years) fail("land.path", "expected no rows or one per year " + p.start() + "-" + p.end() + " (" + years + " rows), got " + rows.size());
        for (int i = 0; i < years; i++) {
            String at = "land.path[" + i + "]";
            if (rows.get(i).year() != p.start() + i) fail(at + ".year", "expected year " + (p.start() + i) + " (one row per year, in order), got " + rows.get(i).year());
            range(at + ".index", rows.get(i).index(), 0, 100);
        }
    }

    static final List<String> ORIGINS = List.of("firm", "chamber", "government", "parent");
    static final List<String> FUNDING = List.of("self", "chamber", "government", "parent");
    static final List<String> RULES = List.of("location", "topSales", "likeMinded", "coordinator", "parent");

    private void network(String at, Scenario.Network n, boolean declared) {
        if (n.name().isBlank()) fail(at + ".name", "expected a name such as 'O-net', got empty text");
        oneOf(at + ".origin", n.origin(), ORIGINS);
        if (declared) range(at + ".founded", n.founded(), 1800, 2100);
        range(at + ".count", n.count(), 1, 10000);
        Scenario.Membership m = n.membership();
        oneOf(at + ".membership.rule", m.rule(), RULES);
        range(at + ".membership.size", m.size(), 2, 1_000_000);
        range(at + ".membership.groups", m.groups(), m.rule().equals("coordinator") ? 2 : 1, m.rule().equals("coordinator") ? 100 : 1);
        if (m.ageLimit() != 0) range(at + ".membership.ageLimit", m.ageLimit(), 25, 90);
        oneOf(at + ".funding", n.funding(), FUNDING);
        range(at + ".fee", n.fee(), 0, 100);
        range(at + ".meetingsPerYear", n.meetingsPerYear(), 1, 12);
    }

    private void networkPolicy(Scenario.NetworkPolicy p) {
        range("networkPolicy.localSupport", p.localSupport(), 0, 1);
        if (p.ageLimit() != 0) range("networkPolicy.ageLimit", p.ageLimit(), 25, 90);
        for (int i = 0; i < p.centralCalls().size(); i++) range("networkPolicy.centralCalls[" + i + "]", p.centralCalls().get(i), 1800, 2100);
        network("networkPolicy.callNetwork", p.callNetwork(), false);
        Scenario.FirmFounding f = p.firmFounding();
        range("networkPolicy.firmFounding.ratePerYear", f.ratePerYear(), 0, 0.1);
        range("networkPolicy.firmFounding.sample", f.sample(), 1, 1000);
        range("networkPolicy.firmFounding.similarity", f.similarity(), 0, 1);
        range("networkPolicy.firmFounding.minFounders", f.minFounders(), 2, f.sample() + 1);
        network("networkPolicy.firmFounding.template", f.template(), false);
    }

    private void networkBehaviour(Scenario.NetworkBehaviour b) {
        String at = "networkBehaviour.engagement.";
        Scenario.Engagement e = b.engagement();
        range(at + "threshold", e.threshold(), 0, 1);
        range(at + "leaveBelow", e.leaveBelow(), 0, e.threshold());
        range(at + "adaptation", e.adaptation(), 0, 1);
        range(at + "base", e.base(), -2, 2);
        range(at + "benefit", e.benefit(), 0, 5);
        range(at + "similarity", e.similarity(), 0, 5);
        range(at + "load", e.load(), 0, 5);
        range(at + "pressure", e.pressure(), 0, 5);
        range(at + "cost", e.cost(), 0, 100);
        range(at + "meetingCost", e.meetingCost(), 0, 10);
        range(at + "sample", e.sample(), 1, 100);
        at = "networkBehaviour.trust.";
        Scenario.Trust t = b.trust();
        range(at + "gain", t.gain(), 0, 1);
        range(at + "loss", t.loss(), 0, 1);
        range(at + "decay", t.decay(), 0, 1);
        range(at + "maxTies", t.maxTies(), 1, 100);
        range(at + "introduction", t.introduction(), 0, 1);
        at = "networkBehaviour.activities.";
        Scenario.Activities a = b.activities();
        range(at + "learning", a.learning(), 0, 1);
        range(at + "knowledgeDecay", a.knowledgeDecay(), 0, 1);
        range(at + "resistance", a.resistance(), 0, 1);
        range(at + "referralRate", a.referralRate(), 0, 1);
        range(at + "shareTrust", a.shareTrust(), 0, 1);
        range(at + "jointRdRate", a.jointRdRate(), 0, 1);
        range(at + "jointRdProductivity", a.jointRdProductivity(), 0, 100);
        range(at + "jointRdCost", a.jointRdCost(), 0, 1000);
        range(at + "buyersGroupDiscount", a.buyersGroupDiscount(), 0, 0.5);
        range(at + "buyersGroupScale", a.buyersGroupScale(), 1, 100000);
        range(at + "clientOrdersPerYear", a.clientOrdersPerYear(), 0, 100);
        range("networkBehaviour.intimidation.strength", b.intimidation().strength(), 0, 10);
        range("networkBehaviour.intimidation.anticipation", b.intimidation().anticipation(), 0, 1);
    }

    private void rationalisation(Scenario.Rationalisation r) {
        range("rationalisation.effort", r.effort(), 0, 10);
        range("rationalisation.effortMax", r.effortMax(), 0, 0.5);
        range("rationalisation.guidance", r.guidance(), 0, 10);
        range("rationalisation.specificSkill", r.specificSkill(), 0, 1);
        range("rationalisation.capitalPerWorker", r.capitalPerWorker(), 0, 1000);
        range("rationalisation.depreciation", r.depreciation(), 0, 1);
        range("rationalisation.capitalElasticity", r.capitalElasticity(), 0, 1);
        range("rationalisation.investment", r.investment(), 0, 100);
    }

    private void labour(Scenario.Labour l) {
        range("labour.hireSpeed", l.hireSpeed(), 0, 1);
        range("labour.shedSpeed", l.shedSpeed(), 0, 1);
        range("labour.hiringMonths", l.hiringMonths(), 0, 60);
        range("labour.severanceMonths", l.severanceMonths(), 0, 120);
        range("labour.skillLoss", l.skillLoss(), 0, 1);
        range("labour.paySizeElasticity", l.paySizeElasticity(), 0, 1);
    }

    private void oneOf(String field, String v, List<String> allowed) {
        if (!allowed.contains(v)) fail(field, "expected one of " + String.join(", ", allowed) + ", got '" + v + "'");
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
            if (f.skills().get(i).name().isBlank()) fail(at + ".name", "expected a skill name, got empty text");
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
        range("firms.sizeExponent", f.sizeExponent(), 0, 4);
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

    private void assemblers(Scenario.Assemblers a, Scenario.Period period) {
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
        range("assemblers.demandGrowth", a.demandGrowth(), -0.1, 0.1);
        range("assemblers.demandGrowthUntil", a.demandGrowthUntil(), period.start(), period.end());
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
            // a level, divided by: zero or less has no meaning, and 100 times 1985's is far beyond any path of the period
            if (!(m.prices() > 0 && m.prices() <= 100)) fail(at + ".prices", "expected a price level above 0 and at most 100 (1985 = 1), got " + fmt(m.prices()));
        }
    }

    private void nonEmpty(String field, List<?> list) {
        if (list.isEmpty()) fail(field, "expected at least one entry, got an empty list");
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
