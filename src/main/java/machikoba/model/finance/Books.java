package machikoba.model.finance;

/**
 * A firm's money: the promissory notes it holds, its cash and its bank debt. One object, because
 * every month touches all three (at national size each object looked into is a wait on memory).
 * Cash and debt change only through the methods below.
 */
public final class Books extends PromissoryNotes {
    private double cash, debt;

    public double cash() { return cash; }
    public double debt() { return debt; }

    /** The opening position: the initial build, or an entrant's machinery bought on credit [U-2009]. */
    public void open(double cash, double debt) {
        this.cash = cash;
        this.debt = debt;
    }

    public void pay(double amount) { cash -= amount; }
    public void receive(double amount) { cash += amount; }
    public void borrow(double amount) { debt += amount; cash += amount; }
    /** The bank calls in a part of the loans: repaid from cash at once [IA-1999]. */
    public void repayCalled(double amount) { debt -= amount; cash -= amount; }

    /**
     * The month's cash: notes that mature come in, the month's costs go out, a slice of the
     * debt is repaid if cash allows, and the owner draws what exceeds the reserve ({@link Drawings}).
     */
    public void closeMonth(double costs, double repaymentRate, double monthlyCosts, double reserveMonths) {
        cash += collect();
        cash -= costs;
        double repay = debt * repaymentRate;
        if (cash - repay > 0) { cash -= repay; debt -= repay; }
        cash -= Drawings.take(cash, monthlyCosts, reserveMonths);
    }
}
