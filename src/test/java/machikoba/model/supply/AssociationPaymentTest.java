package machikoba.model.supply;

import machikoba.model.Assembler;
import machikoba.model.District;
import machikoba.model.Firm;
import machikoba.model.Fixtures;
import machikoba.model.SupplyLink;
import machikoba.model.network.HorizontalNetwork;
import machikoba.model.network.Membership;
import machikoba.model.network.Origin;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A parent's association passes its payments on to members only: not to other suppliers, not for another parent [CT-2003]. */
class AssociationPaymentTest {
    @Test
    void membersOfTheParentsOwnGroupAreNotKeptWaitingOthersAre() {
        District d = Fixtures.district(400, 3);
        HorizontalNetwork group = null;
        for (HorizontalNetwork n : d.networks()) if (n.origin() == Origin.PARENT && n.parent() == d.assemblers().get(0)) group = n;
        assertNotNull(group, "small Ota has a subcontractor group led by its largest assembler");
        Assembler parent = group.parent(), other = d.assemblers().get(1);
        Firm member = null;
        for (Membership m : group.members()) if (m.isCurrent()) member = m.firm();
        Firm outsider = null;
        for (SupplyLink l : parent.supplierLinks()) if (!l.isDead() && !AssociationPayment.isMember(parent, l.supplier())) outsider = l.supplier();
        assertNotNull(member);
        assertNotNull(outsider);
        assertTrue(AssociationPayment.isMember(parent, member));
        assertFalse(AssociationPayment.isMember(other, member), "membership of one parent's group says nothing of another parent");

        assertEquals(2, AssociationPayment.delay(7, parent, member, 2), "a member's note falls due within the association's months");
        assertEquals(7, AssociationPayment.delay(7, parent, outsider, 2), "a supplier outside the group waits as long as leverage and stress say");
        assertEquals(7, AssociationPayment.delay(7, other, member, 2));
        assertEquals(1, AssociationPayment.delay(1, parent, member, 2), "a note due sooner is not delayed");
        assertEquals(7, AssociationPayment.delay(7, parent, member, 0), "no association: the usual terms");
    }
}
