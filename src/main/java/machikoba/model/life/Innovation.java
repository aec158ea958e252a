package machikoba.model.life;

import machikoba.model.District;
import machikoba.model.Firm;
import machikoba.model.SupplyLink;

import java.util.random.RandomGenerator;

/**
 * Own R&D: firms that do it put a share of value added into an R&D stock; a product comes
 * with a chance that rises with the stock. A product lifts the firm's technology level and
 * opens sales in a market of many small buyers, which balances its customer base — how
 * independent firms stayed independent [IA-1999]. Own-product sales fade as products age,
 * so a firm must keep innovating to keep them.
 */
public final class Innovation {
    /** A product lifts the firm's technology level by 3%. */
    public static final double TECH_GAIN = 1.03;

    private Innovation() { }

    /**
     * Chance of a new product this year: R&D stock (¥M) against what a product costs a firm of
     * this size ({@code thresholdPer10} per ten employees: a bigger firm's product must be bigger).
     */
    public static double chance(double rdStock, double thresholdPer10, int employees) {
        return 1 - Math.exp(-Math.max(0, rdStock) / (thresholdPer10 * Math.max(1, employees / 10.0)));
    }

    /** The year's R&D, drawing from the firm's own stream. */
    public static void year(Firm f, District d, RandomGenerator r) {
        age(f, d);
        if (!f.doesRd() || f.rdStock() <= 0) return;
        if (r.nextDouble() >= chance(f.rdStock(), d.scenario().economy().rdProductThreshold(), f.employees())) return;
        launch(f, d);
        f.spendRdStock();
    }

    /** Own-product sales fade by one product life a year. */
    static void age(Firm f, District d) {
        if (!f.sellsToMarketNow()) return; // most firms: no need to look through their customers
        double keep = 1 - 1 / d.scenario().economy().productLifeYears();
        for (SupplyLink l : f.customers()) if (l.buyer() == d.productMarket()) l.setVolume(l.volume() * keep);
    }

    public static void launch(Firm f, District d) {
        f.launchProduct(TECH_GAIN);
        // sized on the plant, not on sales: sales already include earlier products
        double volume = d.scenario().economy().productMarketShare() * f.capacity();
        for (SupplyLink l : f.customers()) {
            if (l.buyer() == d.productMarket() && !l.isDead()) { l.setVolume(l.volume() + volume); return; }
        }
        SupplyLink.make(d.productMarket(), f, volume, d.scenario().assemblers().payment().baseMonths());
    }
}
