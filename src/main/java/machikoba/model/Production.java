package machikoba.model;

import machikoba.model.finance.Books;
import machikoba.model.finance.SiteCost;
import machikoba.model.network.BuyersGroup;
import machikoba.model.network.OrderSharing;
import machikoba.model.supply.CostDown;
import machikoba.model.supply.Subcontracting;

import java.util.List;

/**
 * A firm's month, in the steps of docs/ODD.md section 3: it enters the cuts its buyers left,
 * takes its customers' orders, gives routine work to its subcontractors, makes what fits its
 * capacity (work a network partner passed on first), passes the excess to subcontractors with
 * room and then to partners, invoices (customers pay in notes [IA-1999]), buys from its
 * subcontractors (cutting their prices in cost-down months), and pays materials, wages,
 * interest and R&D. The bank comes after ({@link Firm#settle}).
 */
final class Production {
    private Production() { }

    static void month(Firm f, District d) {
        CostDown costDown = d.costDown();
        if (costDown.thisMonth()) costDown.enterWaitingCuts(f);
        takeOrders(f, d.productMarket());
        double orders = f.orders(), capacity = f.capacity();
        double routine = giveOutRoutineWork(f);
        double ownWork = Math.max(0, orders - routine);
        // work a network partner passed on is done first: it was promised within spare capacity
        double sharedDone = Math.min(OrderSharing.takeSharedIn(f), capacity);
        double inHouse = Math.min(ownWork, capacity - sharedDone);
        double passed = Subcontracting.passExcess(ownWork - inHouse, f.subcontractors());
        double shared = OrderSharing.pass(f, ownWork - inHouse - passed, d);
        double fill = orders > 0 ? Math.min(orders, inHouse + routine + passed + shared) / orders : 1;
        double revenue = invoice(f, fill, sharedDone);
        double purchases = buyFromSubcontractors(f, costDown);
        pay(f, inHouse + sharedDone, revenue, purchases, fill);
    }

    private static void takeOrders(Firm f, ProductMarket market) {
        double orders = 0, baseline = 0;
        List<SupplyLink> customers = f.customers();
        for (int i = 0, n = customers.size(); i < n; i++) {
            SupplyLink l = customers.get(i);
            if (l.isDead()) { l.cancelOrder(); continue; }
            orders += l.takeOrder(market);
            baseline += l.volume();
        }
        f.ordered(orders, baseline);
    }

    /** Routine orders to subcontractors follow the firm's own activity; returns their sum. */
    private static double giveOutRoutineWork(Firm f) {
        double act = f.activity(), routine = 0;
        List<SupplyLink> subs = f.subcontractors();
        for (int i = 0, n = subs.size(); i < n; i++) routine += subs.get(i).orderRoutine(act);
        return routine;
    }

    private static double invoice(Firm f, double fill, double sharedDone) {
        Books books = f.books();
        double revenue = 0;
        List<SupplyLink> customers = f.customers();
        for (int i = 0, n = customers.size(); i < n; i++) {
            double earned = customers.get(i).deliver(fill, f.params().priceLevel());
            books.issue(earned, customers.get(i).delayMonths());
            revenue += earned;
        }
        if (sharedDone > 0) {
            double earned = sharedDone * f.techLevel() * f.params().priceLevel(); // the partner pays list price in cash
            books.issue(earned, 0);
            revenue += earned;
        }
        return revenue;
    }

    /** What it owes subcontractors and partners this month; a parent firm cuts its subcontractors' prices. */
    private static double buyFromSubcontractors(Firm f, CostDown costDown) {
        double purchases = f.networks() ? f.networking().sharedOutCost() : 0;
        List<SupplyLink> subs = f.subcontractors();
        for (int i = 0, n = subs.size(); i < n; i++) {
            SupplyLink l = subs.get(i);
            if (l.isDead()) continue;
            purchases += l.purchase(f.params().priceLevel());
            if (costDown.thisMonth()) costDown.cutByParent(l);
        }
        return purchases;
    }

    private static void pay(Firm f, double made, double revenue, double purchases, double fill) {
        Params s = f.params();
        Books books = f.books();
        double discount = f.networks() ? BuyersGroup.of(f) : 0;
        double materials = made * s.materialShare() * f.unitCost() * f.techLevel() * s.priceLevel() * (1 - discount);
        double wages = f.wagesMonthly();
        double interest = books.debt() * s.loanRateMonthly();
        double valueAdded = revenue - materials - purchases;
        double rd = f.doesRd() ? Math.max(0, valueAdded) * s.rdShare() : 0;
        // machines wear out: depreciation is a cost of the month, though no cash leaves
        double profit = valueAdded - wages - interest - rd - f.machinery() * s.depreciationMonthly() * s.priceLevel();
        double paid = materials + purchases + wages + interest + rd;
        // where land prices rose, the factory site costs its rent (none without a land path)
        double site = SiteCost.monthly(f.employees(), s.siteCostMonthly());
        if (site > 0) {
            profit -= site;
            paid += site;
        }
        // the R&D stock is kept at 1985 prices, like the threshold a product needs
        f.closeMonth(revenue, valueAdded, rd / s.priceLevel(), profit, interest, fill, made);
        books.closeMonth(paid, s.repaymentMonthly(), f.monthlyCosts(), s.cashReserveMonths());
        // worked out now, while its links and notes are in the cache: the observer asks for both
        f.topShare();
        books.outstanding();
    }
}
