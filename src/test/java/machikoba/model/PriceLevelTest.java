package machikoba.model;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Money is nominal: prices, pay and materials follow the macro path's price level; debts and notes do not. */
class PriceLevelTest {
    @Test
    void theYearsPriceLevelIsTheMacroPaths() {
        District d = Fixtures.district(50, 1);
        for (int m = 0; m < 13; m++) d.schedule.step(d); // into 1986
        assertEquals(d.macro().priceLevel(1986), d.params().priceLevel(), 0);
    }

    @Test
    void payAndSalesFollowThePriceLevelButDebtDoesNot() {
        District d = Fixtures.district(50, 1);
        Firm f = Fixtures.firm(d, 3, 10);
        SupplyLink l = Fixtures.link(d.assemblers().get(0), f, 1, 1);
        l.addOrder(2);
        f.books().open(0, 50);
        double pay = f.payMonthly(), costs = f.monthlyCosts(), bought = l.purchase(1), cpu = f.costPerUnit();
        d.params().setPriceLevel(0.9);
        assertEquals(0.9 * pay, f.payMonthly(), 1e-12);
        assertEquals(0.9 * costs, f.monthlyCosts(), 1e-12);
        assertEquals(0.9 * bought, l.purchase(d.params().priceLevel()), 1e-12);
        assertEquals(cpu, f.costPerUnit(), 1e-12, "buyers compare costs, which all move together");
        assertEquals(50, f.books().debt(), 0, "deflation leaves debt as it was: its weight grows");
    }
}
