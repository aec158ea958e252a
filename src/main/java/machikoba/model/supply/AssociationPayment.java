package machikoba.model.supply;

import machikoba.model.Assembler;
import machikoba.model.Firm;
import machikoba.model.network.Membership;
import machikoba.model.network.Origin;

/**
 * A parent's subcontracting association passes the parent's payments on to its members: a
 * member's notes from the parent fall due within the association's months, however dependent
 * the member is and however hard the parent's orders are falling. In Hitachi the subcontractors'
 * association of one parent held its members together [CT-2003]; elsewhere notes stretched with
 * the buyer's leverage to six months or more [IA-1999]. The association is the scenario's
 * parent-led network ({@code origin: parent}) that this assembler leads; who is a member comes
 * from its membership rule, not from this class.
 */
public final class AssociationPayment {
    private AssociationPayment() { }

    /** The delay of a note to this supplier: the usual one, or at most {@code noteMonths} for a member of the parent's association. */
    public static int delay(int usual, Assembler parent, Firm supplier, int noteMonths) {
        if (noteMonths <= 0 || usual <= noteMonths) return usual;
        return isMember(parent, supplier) ? noteMonths : usual;
    }

    /** Whether the firm is a current member of a parent-led network this assembler leads. */
    public static boolean isMember(Assembler parent, Firm supplier) {
        var ms = supplier.networkingOrNone().memberships();
        for (int i = 0, n = ms.size(); i < n; i++) {
            Membership m = ms.get(i);
            if (m.isCurrent() && m.network().origin() == Origin.PARENT && m.network().parent() == parent) return true;
        }
        return false;
    }
}
