package machikoba.model.finance;

import machikoba.model.District;
import machikoba.model.Firm;
import machikoba.model.life.ExitCause;

import machikoba.scenario.Scenario;

/**
 * The firms' local bank: discounts promissory notes and lends against a firm's standing. In
 * tight years it ranks more firms "B or C", refuses them and calls in their loans; then a bad
 * note from a buyer can finish a firm [IA-1999].
 */
public final class Bank {
    /** Credit tightness below which even a weak firm's notes are discounted. */
    static final double DISCOUNTS_UNTIL = 0.3;
    private final Scenario.Bank terms;

    public Bank(Scenario.Bank terms) {
        this.terms = terms;
    }

    /** Net worth over a year's sales plus current margin: what a banker's ranking looks at. */
    static double standing(Firm f) {
        double annual = Math.max(1e-9, 12 * f.salesEma());
        double netWorth = f.books().cash() + f.books().outstanding() - f.books().debt();
        double margin = f.salesEma() > 0 ? f.profitEma() / f.salesEma() : -1;
        return netWorth / annual + 2 * margin;
    }

    /** Ranked "B or C": below the bar, which rises with the year's credit tightness. */
    public boolean weak(Firm f, double tightness) {
        return standing(f) < terms.standingThreshold() + tightness;
    }

    /**
     * Covers a negative cash balance: first by discounting notes, then by borrowing within
     * the credit line. A weak firm in a tight year gets neither and fails.
     */
    public void cover(Firm f, District d) {
        f.cashStressed();
        double tightness = d.creditTightness();
        boolean weak = weak(f, tightness);
        if (!weak || tightness < DISCOUNTS_UNTIL) {
            f.books().receive(f.books().discount(-f.books().cash(), terms.discountRate()));
        }
        if (f.books().cash() < 0 && !weak) f.books().borrow(Math.min(-f.books().cash(), room(f)));
        if (f.books().cash() < 0) d.exit(f, ExitCause.of(f, d, ExitCause.INSOLVENCY));
    }

    /**
     * A loan for machinery: what is asked, as far as the credit line has room, to a firm the bank
     * does not rank "B or C" this year; nothing otherwise.
     */
    public double investmentLoan(Firm f, double asked, double tightness) {
        return asked <= 0 || weak(f, tightness) ? 0 : Math.min(asked, room(f));
    }

    /** What the credit line still allows: months of sales less the debt already owed, at least 0. */
    private double room(Firm f) {
        return Math.max(0, terms.creditLineMonths() * f.salesEma() - f.books().debt());
    }

    /** In tight years the bank calls in part of a weak firm's loans each month [IA-1999]. */
    public void review(Firm f, District d) {
        double tightness = d.creditTightness();
        if (tightness >= District.TIGHT && f.books().debt() > 0 && weak(f, tightness)) {
            f.books().repayCalled(f.books().debt() * terms.callInShare());
            if (f.books().cash() < 0) cover(f, d);
        }
    }
}
