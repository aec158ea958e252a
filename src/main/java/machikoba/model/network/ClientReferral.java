package machikoba.model.network;

import machikoba.model.Assembler;
import machikoba.model.Buyer;
import machikoba.model.District;
import machikoba.model.Firm;
import machikoba.model.SupplyLink;
import machikoba.model.life.Population;
import machikoba.model.supply.CustomerSearch;
import machikoba.model.supply.IndependenceStance;

import machikoba.scenario.Scenario;

import java.util.List;

/**
 * Client referrals: besides its own sales effort, a member asks, in each network where it is
 * active, a partner active there to introduce one of the partner's customers. The partner does so with a chance that grows
 * with its engagement and the trust between them (34% of active members got clients through
 * networks [IA-2001]). A partner with the member's own skill competes with it and introduces
 * nobody; a partner whose customers are the member's own (a parent's subcontractor group) has
 * nobody new to introduce — why intra-industry groups did not help [IA-2001].
 */
public final class ClientReferral {
    private ClientReferral() { }

    public static double chance(double rate, double trust, double partnerEngagement) {
        return Math.max(0, Math.min(1, rate * trust * partnerEngagement));
    }

    /** Once a year, in each network where it is active, the firm asks one partner who is active there too. */
    public static void seek(Firm f, District d) {
        List<Tie> ties = Trust.live(f, d);
        if (ties.isEmpty() || f.networkingOrNone().memberships().isEmpty()) return; // graduates keep ties but ask through no network
        // in random order: a referral won in one network leaves less room for the next
        int k = f.networkingOrNone().memberships().size(), start = d.random.nextInt(k);
        for (int i = 0; i < k && i < f.networkingOrNone().memberships().size(); i++) {
            Membership mine = f.networkingOrNone().memberships().get((start + i) % f.networkingOrNone().memberships().size());
            if (mine.isActive()) ask(mine, ties, d);
        }
    }

    private static void ask(Membership mine, List<Tie> ties, District d) {
        Firm f = mine.firm();
        HorizontalNetwork n = mine.network();
        int start = d.random.nextInt(ties.size());
        Tie t = null;
        Membership theirs = null;
        for (int k = 0; k < ties.size() && t == null; k++) {
            Tie c = ties.get((start + k) % ties.size());
            if (c.network() != n) continue; // a referral through this network comes from a relationship kept in it
            Membership o = n.membershipOf(c.other(f));
            if (o != null && o.isActive()) { t = c; theirs = o; }
        }
        if (t == null) return;
        Firm p = theirs.firm();
        Scenario.Activities a = d.scenario().networkBehaviour().activities();
        double engagement = d.neutralNetworks() ? Engagement.NEUTRAL : theirs.engagement();
        if (d.random.nextDouble() >= chance(a.referralRate(), Trust.of(t, d), engagement)) return;
        // a partner with the same skill competes for the same work: it keeps its customers to itself
        if (p.skill() == f.skill()) return;
        Buyer b = introducible(f, p, d);
        if (b == null) return;
        double volume = Math.min(IndependenceStance.room(f, null), CustomerSearch.newBuyerVolume(f));
        if (volume <= 1e-9) return;
        CustomerSearch.win(f, b, volume, d);
        mine.gain(Membership.REFERRAL_POINTS);
        Trust.reciprocated(f, p, n, d);
        d.happened(new NetworkEvent(n, NetworkEvent.Kind.REFERRAL));
    }

    /** One of the partner's buyers that the firm could supply and does not yet. */
    static Buyer introducible(Firm f, Firm partner, District d) {
        List<SupplyLink> links = partner.customers();
        if (links.isEmpty()) return null;
        int start = d.random.nextInt(links.size());
        for (int i = 0; i < links.size(); i++) {
            SupplyLink l = links.get((start + i) % links.size());
            Buyer b = l.buyer();
            if (l.isDead() || b == d.productMarket() || b == f || Population.isCustomer(f, b)) continue;
            boolean fits = b instanceof Assembler ? f.tier() <= 3 : ((Firm) b).tier() < f.tier() && ((Firm) b).alive();
            if (fits) return b;
        }
        return null;
    }
}
