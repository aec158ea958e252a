package machikoba.model.finance;

import machikoba.model.District;
import machikoba.model.Firm;
import machikoba.scenario.Scenario;

/**
 * Investment in machinery [U-2009 §2.2-3]. Machines wear out each year; a firm replaces the wear,
 * equips new staff and, under price pressure, buys more (efficient SMEs improved through
 * investment in machinery).
 * It pays from the cash above its reserve and borrows the rest if the bank ranks it well and its
 * credit line has room. A firm that only services old debt cannot invest: "many SMEs could pay
 * back debt but had no funds left to invest in machinery or methods, which undermined them."
 */
public final class Investment {
    private Investment() { }

    /**
     * What the firm would buy this year: machinery to bring what is left after the year's wear
     * back to what its staff needs (wear replaced, new staff equipped), plus {@code perCut} ¥ per
     * ¥ of sales lost to cuts.
     */
    public static double wanted(double needed, double machinery, double depreciation, double pressure, double annualSales, double perCut) {
        return Math.max(0, needed - machinery * (1 - depreciation)) + perCut * Math.max(0, pressure) * Math.max(0, annualSales);
    }

    /** The firm's year: machines wear, then it buys what it wants and can fund; returns what it bought, at 1985 prices. */
    public static double year(Firm f, District d, double pressure) {
        Scenario.Rationalisation rule = d.scenario().rationalisation();
        double want = wanted(f.equipmentWanted(), f.machinery(), rule.depreciation(), pressure, 12 * f.salesEma(), rule.investment());
        f.depreciate(rule.depreciation());
        if (want <= 0) return 0;
        // machinery is counted at 1985 prices; it costs the year's price level in cash
        double level = d.params().priceLevel(), cost = want * level;
        Books books = f.books();
        double own = Math.max(0, books.cash() - d.params().cashReserveMonths() * f.monthlyCosts());
        double fromCash = Math.min(cost, own);
        double loan = d.bank().investmentLoan(f, cost - fromCash, d.creditTightness());
        books.borrow(loan);
        books.pay(fromCash + loan);
        f.invest((fromCash + loan) / level);
        return (fromCash + loan) / level;
    }
}
