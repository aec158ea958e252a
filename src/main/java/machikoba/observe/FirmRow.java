package machikoba.observe;

import machikoba.model.District;
import machikoba.model.Firm;
import org.apache.commons.math3.stat.descriptive.rank.Median;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * One row of firms.csv: a firm alive at the end of a run. Its components, in this order and
 * in snake_case, are the file's columns ({@link #COLUMNS}).
 *
 * @param innovationClass its {@link InnovationClass}'s label
 */
public record FirmRow(int id, int bornYear, int tier, int employees, double topShare, int customers,
                      double costDownSuffered, int products, String innovationClass,
                      int networksLabelled, int networksActive) {
    /** The header of firms.csv. */
    public static final String[] COLUMNS = RecordCsv.columns(FirmRow.class);

    /** One row per firm alive now, by id, with its innovation class (rules in {@link InnovationClass}). */
    public static List<FirmRow> of(District d) {
        List<Firm> alive = new ArrayList<>();
        for (Firm f : d.firms()) if (f.alive()) alive.add(f);
        double[] vaPerEmployee = alive.stream().mapToDouble(f -> f.valueAdded() / f.employees()).toArray();
        double median = vaPerEmployee.length == 0 ? 0 : new Median().evaluate(vaPerEmployee);
        alive.sort(Comparator.comparingInt(Firm::id));
        List<FirmRow> out = new ArrayList<>(alive.size());
        for (Firm f : alive) {
            InnovationClass c = InnovationClass.of(f.products(), f.doesRd(), f.topShare(),
                    f.valueAdded() / f.employees(), median);
            out.add(new FirmRow(f.id(), f.bornYear(), f.tier(), f.employees(), f.topShare(),
                    f.customers().size(), f.costDownSuffered(), f.products(), c.label,
                    f.networkingOrNone().memberships().size(), f.networkingOrNone().activeCount()));
        }
        return out;
    }
}
