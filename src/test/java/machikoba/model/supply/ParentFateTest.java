package machikoba.model.supply;

import machikoba.model.Assembler;
import machikoba.model.District;
import machikoba.model.Firm;
import machikoba.model.SupplyLink;
import machikoba.model.life.ExitCause;
import machikoba.observe.Metric;
import machikoba.observe.Observer;
import machikoba.observe.YearlyChange;
import machikoba.scenario.Scenario;
import machikoba.scenario.ScenarioLoader;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The mechanism, not a label: the same company town, the same seeds, and only its parent's
 * offshoring path changed. With the parent's production kept at home the town is Toyota-like;
 * moving it abroad as scenarios/hitachi.yaml does ("from only Hitachi to zero Hitachi" [CT-2003])
 * turns it into a declining one, and the firms that go for losing their parent are above all the
 * parent's exclusive subcontractors (50%+ of sales to it [IA-2001]).
 */
class ParentFateTest {
    private static final Path HITACHI = Path.of("scenarios/hitachi.yaml");
    private static final int SEEDS = 3, UNTIL = 1997;

    /** What one run of the town gives. */
    record Outcome(double establishmentsChange, int lostParent, int lostParentExclusive, double exclusiveFirmMonths, double firmMonths) {
        Outcome plus(Outcome o) {
            return new Outcome(establishmentsChange + o.establishmentsChange, lostParent + o.lostParent, lostParentExclusive + o.lostParentExclusive,
                    exclusiveFirmMonths + o.exclusiveFirmMonths, firmMonths + o.firmMonths);
        }
    }

    @Test
    void movingTheParentsProductionAbroadAloneTurnsAThrivingTownIntoADecliningOne() {
        Scenario moved = ScenarioLoader.load(HITACHI);
        Scenario.ParentGroup parent = moved.parents().get(0);
        double start = parent.path().get(0).offshoring();
        Scenario stays = ScenarioLoader.load(HITACHI, offshoring(parent, i -> start));
        // nothing else differs: the two scenarios agree once the parent's offshoring is set alike
        assertEquals(moved, ScenarioLoader.load(HITACHI, offshoring(parent, i -> parent.path().get(i).offshoring())));
        assertTrue(parent.path().get(UNTIL - 1985).offshoring() > start + 0.2, "the shipped Hitachi path moves production abroad");

        Outcome m = new Outcome(0, 0, 0, 0, 0), s = new Outcome(0, 0, 0, 0, 0);
        for (long seed = 1; seed <= SEEDS; seed++) {
            m = m.plus(run(moved, seed));
            s = s.plus(run(stays, seed));
        }
        double changeMoved = m.establishmentsChange() / SEEDS, changeStays = s.establishmentsChange() / SEEDS;
        // lost_parent exits per 1,000 firm-years, among the parent's exclusive subcontractors and among the others
        double exclusiveRate = 12_000.0 * m.lostParentExclusive() / m.exclusiveFirmMonths();
        double otherRate = 12_000.0 * (m.lostParent() - m.lostParentExclusive()) / (m.firmMonths() - m.exclusiveFirmMonths());
        double extra = m.lostParent() - s.lostParent();
        double extraExclusive = (m.lostParentExclusive() - s.lostParentExclusive()) / extra;
        System.out.printf("establishments 1985-1997: parent at home %.4f a year, parent abroad %.4f; lost_parent exits %d at home, %d abroad;"
                        + " abroad, per 1,000 firm-years: %.1f among the parent's exclusive subcontractors (%.2f of firm-years), %.1f among the others;"
                        + " %.2f of the extra lost_parent exits are its exclusive subcontractors%n",
                changeStays, changeMoved, s.lostParent(), m.lostParent(), exclusiveRate,
                m.exclusiveFirmMonths() / m.firmMonths(), otherRate, extraExclusive);
        assertTrue(changeMoved < changeStays - 0.008, "moving the parent abroad makes the town decline faster: " + changeMoved + " vs " + changeStays);
        assertTrue(changeMoved < -0.01, "the town declines by more than 1% a year: " + changeMoved);
        assertTrue(m.lostParent() > 1.5 * s.lostParent(), "losing the parent's orders is what makes the difference: " + m.lostParent() + " vs " + s.lostParent());
        assertTrue(exclusiveRate > 2 * otherRate, "lost_parent exits concentrate among the parent's exclusive subcontractors: " + exclusiveRate + " vs " + otherRate);
        assertTrue(extraExclusive > 0.6, "the exits the move adds are mostly its exclusive subcontractors': " + extraExclusive);
    }

    private static Map<String, String> offshoring(Scenario.ParentGroup parent, java.util.function.IntToDoubleFunction value) {
        Map<String, String> set = new HashMap<>();
        for (int i = 0; i < parent.path().size(); i++) set.put("parents[0].path[" + i + "].offshoring", Double.toString(value.applyAsDouble(i)));
        return set;
    }

    /** Steps the town to 1997, classifying every lost_parent exit by whether the firm sold 50%+ to the parent in the months a lost parent counts. */
    static Outcome run(Scenario s, long seed) {
        District d = new District(seed, s);
        d.start();
        Observer observer = new Observer().attach(d);
        int months = (UNTIL - s.period().start() + 1) * 12;
        int lost = 0, lostExclusive = 0;
        double exclusiveFirmMonths = 0, firmMonths = 0;
        // the last month each firm was one of the parent's exclusive subcontractors: an orphan
        // closes in the months after its parent's orders went, when the tie is already gone
        Map<Integer, Integer> lastExclusive = new HashMap<>();
        while (d.schedule.getSteps() < months) {
            Set<Integer> exclusive = exclusiveOfParent(d);
            for (int id : exclusive) lastExclusive.put(id, d.step());
            exclusiveFirmMonths += exclusive.size();
            for (Firm f : d.firms()) if (f.alive()) firmMonths++;
            d.schedule.step(d);
            for (Firm f : d.exitsThisMonth()) {
                if (f.exitCause() != ExitCause.LOST_PARENT) continue;
                lost++;
                Integer last = lastExclusive.get(f.id());
                if (last != null && d.step() - last <= Firm.LOST_PARENT_MONTHS + 1) lostExclusive++;
            }
        }
        d.finish();
        return new Outcome(YearlyChange.of(observer.rows(), Metric.ESTABLISHMENTS, 1985, UNTIL), lost, lostExclusive, exclusiveFirmMonths, firmMonths);
    }

    /**
     * The parent's exclusive subcontractors: firms that sell half their sales or more to an
     * assembler with a fate of its own, or to a firm that is itself one of them (the pyramid below
     * the parent: a tier-3 firm tied to a tier-2 firm tied to the parent [U-2009]).
     */
    static Set<Integer> exclusiveOfParent(District d) {
        Map<Firm, Boolean> known = new HashMap<>();
        Set<Integer> ids = new HashSet<>();
        for (Firm f : d.firms()) if (f.alive() && inPyramid(f, known, 0)) ids.add(f.id());
        return ids;
    }

    private static boolean inPyramid(Firm f, Map<Firm, Boolean> known, int depth) {
        Boolean k = known.get(f);
        if (k != null) return k;
        boolean in = false;
        SupplyLink top = SupplyLink.largest(f.customers());
        if (top != null && top.leverage() >= Firm.PARENT_LEVERAGE && depth < 4) {
            if (top.buyer() instanceof Assembler a) in = a.fate() != null;
            else if (top.buyer() instanceof Firm b && b.alive() && b != f) in = inPyramid(b, known, depth + 1);
        }
        known.put(f, in);
        return in;
    }
}
