package machikoba.model;

import java.util.List;

/**
 * December: assemblers move production abroad and review their suppliers; then every firm,
 * in random order (they compete for the same buyers), ages its owner, weighs its losses,
 * hires or fires, does R&D and looks for customers.
 */
final class YearEnd {
    private YearEnd() { }

    static void run(District d) {
        int year = d.year();
        double before = d.scenario.macroFor(year).offshoring();
        double after = year < d.scenario.period().end() ? d.scenario.macroFor(year + 1).offshoring() : before;
        SupplierRegister register = SupplierRegister.read(d);
        SupplierRoster[] rosters = SupplierRoster.readAll(d);
        for (int j = 0; j < d.assemblers.size(); j++) {
            Assembler a = d.assemblers.get(j);
            Offshoring.relocate(a, d, before, after, register, rosters[j]);
            SupplierSelection.review(a, d, register, rosters[j]);
        }
        List<Firm> order = d.firms(); // already a fresh list: shuffle it in place, no second copy
        shuffle(order, d);
        for (Firm f : order) {
            if (!f.alive()) continue;
            Succession.year(f, d);
            if (f.alive()) Closure.year(f, d);
            if (!f.alive()) continue;
            Staffing.year(f, d);
            f.knowledge *= 1 - d.scenario.networkBehaviour().activities().knowledgeDecay();
            Innovation.year(f, d);
            CustomerSearch.search(f, d);
        }
    }

    static <T> void shuffle(List<T> list, District d) {
        for (int i = list.size() - 1; i > 0; i--) {
            int j = d.random.nextInt(i + 1);
            T t = list.get(i);
            list.set(i, list.get(j));
            list.set(j, t);
        }
    }
}
