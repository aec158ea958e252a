package machikoba.model.network.membership;

import machikoba.model.District;
import machikoba.model.SupplyLink;
import machikoba.model.network.HorizontalNetwork;
import machikoba.model.network.Origin;

/**
 * A subcontractor group led by a parent: an assembler gathers its own suppliers of one kind of
 * work (an intra-industry group [IA-2001]): the skill of the first supplier it picks. Which assembler: the k-th parent group goes to the k-th
 * largest buyer, so several groups belong to different parents.
 */
final class ParentGroupRule implements MembershipRule {
    private final int size;
    private int skill = -1;

    ParentGroupRule(int size) { this.size = size; }

    @Override public void found(HorizontalNetwork n, District d) {
        int k = 0;
        for (HorizontalNetwork o : d.networks()) if (o != n && o.origin() == Origin.PARENT) k++;
        n.ledBy(d.assemblers().get(k % d.assemblers().size()));
        recruit(n, d);
    }

    @Override public void recruit(HorizontalNetwork n, District d) {
        java.util.List<SupplyLink> links = n.parent().supplierLinks();
        int missing = size - MembershipRule.alive(n);
        for (int tries = 0; missing > 0 && !links.isEmpty() && tries < 3 * missing + 10; tries++) {
            SupplyLink l = links.get(d.random.nextInt(links.size()));
            if (l.isDead() || !n.admits(l.supplier(), d) || n.has(l.supplier())) continue;
            if (skill < 0) skill = l.supplier().skill();
            if (l.supplier().skill() != skill) continue;
            n.join(l.supplier(), d);
            missing--;
        }
    }
}
