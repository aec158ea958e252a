package machikoba.model.network;

import machikoba.model.District;
import machikoba.model.Firm;

import machikoba.scenario.Scenario;

import java.util.List;

/**
 * At a meeting each active member offers information (on buyers' practices, on markets) to one
 * partner; the partner returns it with a chance equal to its own engagement. A returned exchange
 * builds trust and knowledge on both sides; a snub costs trust [IA-2001]. Partners come first
 * from where earlier ties were: a trusted partner introduces one of its own partners, or an old
 * partner is met again ("endogenous embeddedness"); otherwise a member met at random.
 * What a member knows lets it resist cost-down and find customers ({@link CostDown}, {@link CustomerSearch}).
 */
public final class InformationExchange {
    private InformationExchange() { }

    /** Knowledge after learning from a partner trusted this much. */
    public static double learn(double knowledge, double rate, double trust) {
        return knowledge + rate * trust * (1 - knowledge);
    }

    /** A year without exchanges: what the firm knew fades (nothing to fade for a firm that never networked). */
    public static void forget(Firm f, double yearlyShare) {
        if (f.networks()) f.networking().forget(yearlyShare);
    }

    static void meet(Membership m, District d) {
        Firm f = m.firm();
        HorizontalNetwork n = m.network();
        Membership partner = choosePartner(m, d);
        if (partner == null) return;
        Firm p = partner.firm();
        double returned = d.neutralNetworks() ? Engagement.NEUTRAL : partner.engagement();
        if (d.random.nextDouble() >= returned) {
            Trust.snubbed(Trust.between(f, p), d);
            return;
        }
        Tie t = Trust.reciprocated(f, p, n, d);
        double trust = Trust.of(t, d);
        Scenario.Activities a = d.scenario().networkBehaviour().activities();
        f.networking().learn(learn(f.networkingOrNone().knowledge(), a.learning(), trust));
        p.networking().learn(learn(p.networkingOrNone().knowledge(), a.learning(), trust));
        m.gain(Membership.EXCHANGE_POINTS * trust);
        partner.gain(Membership.EXCHANGE_POINTS * trust);
        d.happened(new NetworkEvent(n, NetworkEvent.Kind.EXCHANGE));
    }

    /** Introduction by a partner, an old partner, or someone met at random — active in this network. */
    static Membership choosePartner(Membership m, District d) {
        Firm f = m.firm();
        HorizontalNetwork n = m.network();
        List<Tie> ties = Trust.live(f, d);
        double introduction = d.scenario().networkBehaviour().trust().introduction();
        if (!ties.isEmpty()) {
            Tie t = ties.get(d.random.nextInt(ties.size()));
            Firm friend = t.other(f);
            if (d.random.nextDouble() < introduction) {
                List<Tie> theirs = Trust.live(friend, d);
                if (!theirs.isEmpty()) {
                    Firm q = theirs.get(d.random.nextInt(theirs.size())).other(friend);
                    Membership qm = q == f ? null : n.membershipOf(q);
                    if (qm != null && qm.isActive()) return qm;
                }
            } else if (d.random.nextBoolean() && t.network() == n) {
                // an old partner of this network (one met elsewhere stays with that network)
                Membership fm = n.membershipOf(friend);
                if (fm != null && fm.isActive()) return fm;
            }
        }
        int size = n.members().size();
        for (int i = 0; i < 3 && size > 1; i++) {
            Membership o = n.members().get(d.random.nextInt(size));
            if (o != m && o.isActive()) return o;
        }
        return null;
    }
}
