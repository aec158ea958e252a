package machikoba.model.network;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A firm's part in horizontal networks [IA-2001]: the networks it is listed in, the firms it has
 * exchanged with, what it learnt from them, work passed between partners this month, and when a
 * parent last punished it. Made at a firm's first membership or tie ({@link machikoba.model.Firm#networking}):
 * most firms never have one.
 */
public final class Networking {
    /** What a firm that never networked reads: nothing; it must not be changed. */
    public static final Networking NONE = new Networking(Collections.emptyList(), Collections.emptyList());

    private final List<Membership> memberships;
    /** A few at most: firms it has exchanged with, and the trust in each. */
    private final List<Tie> ties;

    public Networking() {
        this(new ArrayList<>(2), new ArrayList<>(2));
    }

    private Networking(List<Membership> memberships, List<Tie> ties) {
        this.memberships = memberships;
        this.ties = ties;
    }
    /** What it knows of buyers' practices and markets from exchanges, 0-1. */
    private double knowledge;
    /** Work partners passed it, done when it next produces ({@link OrderSharing}). */
    private double sharedIn;
    /** What it owes partners this month for work it passed them. */
    private double sharedOutCost;
    /** Last month a parent punished it for networking with rivals ({@link ParentIntimidation}). */
    private int punishedStep = -1000;

    public List<Membership> memberships() { return memberships; }
    public List<Tie> ties() { return ties; }
    public double knowledge() { return knowledge; }
    public double sharedIn() { return sharedIn; }
    public double sharedOutCost() { return sharedOutCost; }
    public int punishedStep() { return punishedStep; }

    /** Networks in which its engagement is above the threshold. */
    public int activeCount() {
        int c = 0;
        for (int i = 0, n = memberships.size(); i < n; i++) if (memberships.get(i).engagedEnough()) c++;
        return c;
    }

    /** The work partners passed it, taken up by its month: none is left ({@link OrderSharing#takeSharedIn}). */
    double takeSharedIn() {
        double x = sharedIn;
        sharedIn = 0;
        return x;
    }

    void addMembership(Membership m) { memberships.add(m); }
    void removeMembership(Membership m) { memberships.remove(m); }
    void addTie(Tie t) { ties.add(t); }
    void removeTie(Tie t) { ties.remove(t); }
    void learn(double knowledge) { this.knowledge = knowledge; }
    /** What it knew fades by the year's share [IA-2001] ({@link InformationExchange#forget}). */
    void forget(double share) { knowledge *= 1 - share; }
    void passedIn(double units) { sharedIn += units; }
    void owes(double cost) { sharedOutCost = cost; }
    void punished(int step) { punishedStep = step; }
}
