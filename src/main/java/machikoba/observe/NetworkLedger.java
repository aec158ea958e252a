package machikoba.observe;

import machikoba.model.District;
import machikoba.model.network.HorizontalNetwork;
import machikoba.model.network.Membership;
import machikoba.model.network.NetworkEvent;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Counts what each network did, month by month from the district's network events, and in
 * December writes one row per network: its labelled and active members then and the year's
 * exchanges, referrals, shared orders and joint products ({@link Row}).
 */
public final class NetworkLedger {
    /**
     * One row of networks.csv: a network in one year. Its components, in this order and in
     * snake_case, are the file's columns ({@link #COLUMNS}).
     *
     * @param members labelled members in December
     * @param activeMembers of them, those active in December
     */
    public record Row(int year, String network, String origin, int members, int activeMembers,
                      long exchanges, long referrals, long ordersShared, long jointProducts) { }

    /** The header of networks.csv. */
    public static final String[] COLUMNS = RecordCsv.columns(Row.class);

    private final Map<HorizontalNetwork, long[]> year = new LinkedHashMap<>();
    private final List<Row> rows = new ArrayList<>();

    /** Adds this month's events; in December closes the year. */
    void month(District d) {
        for (NetworkEvent e : d.networkEventsThisMonth()) {
            year.computeIfAbsent(e.network(), k -> new long[NetworkEvent.Kind.values().length])[e.kind().ordinal()]++;
        }
        if (d.month() != 12) return;
        for (HorizontalNetwork n : d.networks()) {
            int members = 0, active = 0;
            for (Membership m : n.members()) {
                if (!m.isCurrent()) continue;
                members++;
                if (m.isActive()) active++;
            }
            long[] c = year.getOrDefault(n, new long[NetworkEvent.Kind.values().length]);
            rows.add(new Row(d.year(), n.getName(), n.getOrigin(), members, active,
                c[NetworkEvent.Kind.EXCHANGE.ordinal()], c[NetworkEvent.Kind.REFERRAL.ordinal()],
                c[NetworkEvent.Kind.ORDER_SHARED.ordinal()], c[NetworkEvent.Kind.JOINT_PRODUCT.ordinal()]));
        }
        year.clear();
    }

    public List<Row> rows() { return rows; }
}
