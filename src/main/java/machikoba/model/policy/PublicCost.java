package machikoba.model.policy;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What the levers cost the public purse, ¥M, by lever and in all, since the run began. Counted
 * where a lever spends: visits, a coordinator's post, projects, grants, a plaza's secretariat,
 * the guaranteed sums of backed loans whose borrowers failed.
 */
public final class PublicCost {
    private final Map<String, Double> byLever = new LinkedHashMap<>();
    private double total;

    void spend(String lever, double amount) {
        if (amount <= 0) return;
        byLever.merge(lever, amount, Double::sum);
        total += amount;
    }

    public double total() { return total; }
    public double of(String lever) { return byLever.getOrDefault(lever, 0.0); }
}
