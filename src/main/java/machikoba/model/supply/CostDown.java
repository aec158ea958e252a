package machikoba.model.supply;

import machikoba.model.Assembler;
import machikoba.model.District;
import machikoba.model.Firm;
import machikoba.model.SupplyLink;
import machikoba.model.network.ParentIntimidation;
import machikoba.scenario.Scenario;

import java.util.Arrays;
import java.util.List;

/**
 * "Cost-down": the parent cuts the unit price of a dependent supplier unilaterally, twice a
 * year or more [IA-1999]. Assemblers do it, and so do parent firms lower in the pyramid, by the
 * same rule. The cut grows with leverage (the share of the supplier's sales the buyer takes): a
 * firm whose top customer takes 15% barely feels it, a keiretsu firm at 80% takes almost the
 * full rate. What the supplier knows of buyers' practices (networks) lets it resist a part of
 * the cut; an assembler cuts deeper a supplier that networks with its rivals' suppliers
 * ({@link ParentIntimidation}).
 * <p>
 * The ordering rule, written once here: a supplier enters its cuts in its record at its own turn
 * ({@link #enterWaitingCuts}), in the order of its links, after all its buyers above it have cut.
 * Two kinds of cut are entered at once instead: a buyer of the supplier's own tier or below
 * (work passed sideways) may come after it; and an assembler's cut of a supplier with network
 * ties, which may mark the supplier punished, is settled after every assembler has ordered, one
 * assembler after another ({@link #settle}).
 */
public final class CostDown {
    private final List<Integer> months;
    private final double exponent;
    /** How much of a cut a fully informed supplier resists. */
    private final double resistance;
    /** The lever a student may move while the model runs. */
    private double rate;
    private boolean thisMonth;

    private boolean cutsAfterAgreementBanned;

    public CostDown(Scenario s) {
        months = s.assemblers().costDown().months();
        exponent = s.assemblers().costDown().leverageExponent();
        resistance = s.networkBehaviour().activities().resistance();
        rate = s.assemblers().costDown().rate();
    }

    /** Fraction of price cut: rate * leverage^exponent * (1 - resistance). */
    public static double cut(double rate, double leverage, double exponent, double resistance) {
        double l = Math.max(0, Math.min(1, leverage));
        return rate * Math.pow(l, exponent) * (1 - Math.max(0, Math.min(1, resistance)));
    }

    /** Set once at the month's start: every buyer asks, every firm, every month. */
    public void monthStart(int month) {
        thisMonth = months.contains(month) && (!cutsAfterAgreementBanned || month == firstMonth());
    }

    /** A rule bans price cuts after agreement: only the year's first cost-down month may cut [U-2009] (model/policy). */
    public void banCutsAfterAgreement(boolean banned) { cutsAfterAgreementBanned = banned; }

    private int firstMonth() {
        int first = 13;
        for (int m : months) first = Math.min(first, m);
        return first;
    }

    public boolean thisMonth() { return thisMonth; }
    public double rate() { return rate; }
    public void setRate(double v) { rate = v; }

    /** An assembler's cut, left for the supplier's turn; that of a supplier with ties waits for {@link #settle}. */
    public void cutByAssembler(SupplyLink l, Waiting waiting) {
        // without ties it cannot network with rivals: the rate is not raised
        if (l.supplier().networkingOrNone().ties().isEmpty()) l.leaveCut(cutPrice(l, rate));
        else waiting.add(l);
    }

    /** The assembler's waiting cuts, in the order of its links. */
    public void settle(Assembler a, Waiting waiting, District d) {
        for (int k = 0; k < waiting.n; k++) {
            SupplyLink l = waiting.links[k];
            apply(l, rate * ParentIntimidation.rateFactor(l, a, d));
        }
        waiting.clear();
    }

    /** A parent firm cuts its own subcontractor's price by the same rule as an assembler [IA-1999]. */
    public void cutByParent(SupplyLink l) {
        // the subcontractor enters the cut at its turn, after this one's; sideways it may have had it
        if (l.sideways()) apply(l, rate);
        else l.leaveCut(cutPrice(l, rate));
    }

    /** The firm's turn: it enters the cuts its buyers left on its links, in their order. */
    public void enterWaitingCuts(Firm f) {
        List<SupplyLink> links = f.customers();
        for (int i = 0, n = links.size(); i < n; i++) {
            double felt = links.get(i).takeWaitingCut();
            if (!Double.isNaN(felt)) f.sufferCut(felt);
        }
    }

    private void apply(SupplyLink l, double rate) {
        double felt = cutPrice(l, rate);
        if (!Double.isNaN(felt)) l.supplier().sufferCut(felt);
    }

    /** Cuts the link's price; returns the cut weighted by the buyer's share of the supplier's sales, or NaN when there is none. */
    private double cutPrice(SupplyLink l, double rate) {
        double leverage = l.leverage();
        double c = cut(rate, leverage, exponent, resistance * l.supplier().networkingOrNone().knowledge());
        if (c <= 0) return Double.NaN;
        l.cutPrice(c);
        return c * leverage;
    }

    /** One assembler's cuts that wait until every assembler has ordered. */
    public static final class Waiting {
        private SupplyLink[] links = new SupplyLink[0];
        private int n;

        void add(SupplyLink l) {
            if (n == links.length) links = Arrays.copyOf(links, Math.max(16, 2 * n));
            links[n++] = l;
        }

        public void clear() {
            Arrays.fill(links, 0, n, null);
            n = 0;
        }
    }
}
