package machikoba.model.network;

import machikoba.model.District;
import machikoba.model.Firm;
import machikoba.model.life.Innovation;
import machikoba.scenario.Scenario;

import java.util.List;

/**
 * What a third party — an official, a coordinator, a prefecture — can do with the network
 * mechanisms (model/policy drives it): tell a firm what it knows of buyers and programmes, enrol
 * it in a programme, found a network, introduce two firms, and launch a product a team it
 * brought together developed [CT-2003]. The rules themselves stay those of the other classes.
 */
public final class Brokerage {
    private Brokerage() { }

    /** A visit tells the firm {@code gain} of what it does not yet know, as an exchange at full trust would. */
    public static void brief(Firm f, double gain) {
        f.networking().learn(InformationExchange.learn(f.networkingOrNone().knowledge(), gain, 1.0));
    }

    /** The newest network founded by a government (a platform, a cluster programme), or null. */
    public static HorizontalNetwork newestProgramme(District d) {
        for (int i = d.networks().size() - 1; i >= 0; i--) {
            HorizontalNetwork n = d.networks().get(i);
            if (n.origin() == Origin.GOVERNMENT) return n;
        }
        return null;
    }

    /** Lists the firm in the network if it is not yet and may be; true if it joined. */
    public static boolean enrol(Firm f, HorizontalNetwork n, District d) {
        if (n == null || !n.admits(f, d) || n.has(f)) return false;
        n.join(f, d);
        return true;
    }

    /** Founds a network now; by its membership rule's own founding, or empty for the founder to fill. */
    public static HorizontalNetwork found(Scenario.Network spec, String name, District d, boolean listByRule) {
        HorizontalNetwork n = NetworkFounding.create(spec, name, d.year(), d);
        if (listByRule) n.rule().found(n, d);
        return n;
    }

    /** Two firms brought together by a third party worked together: a tie forms, or grows, in that network. */
    public static void introduce(Firm a, Firm b, HorizontalNetwork n, District d) {
        Trust.reciprocated(a, b, n, d);
    }

    /** A team brought together in a network developed a product: every member launches it. */
    public static void jointProduct(List<Firm> team, HorizontalNetwork n, District d) {
        for (Firm f : team) {
            Innovation.launch(f, d);
            Membership m = n.membershipOf(f);
            if (m != null) m.gain(Membership.JOINT_POINTS);
        }
        d.happened(new NetworkEvent(n, NetworkEvent.Kind.JOINT_PRODUCT));
    }

    /** Whether firms founded the network themselves (grants to bottom-up groups) [IA-2001]. */
    public static boolean firmFounded(HorizontalNetwork n) { return n.origin() == Origin.FIRM; }

    /** Whether a chamber or a government founded it (grants to networks from above) [IA-2001]. */
    public static boolean foundedFromAbove(HorizontalNetwork n) { return n.origin().topDown(); }
}
