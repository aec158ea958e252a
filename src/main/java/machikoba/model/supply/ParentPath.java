package machikoba.model.supply;

import machikoba.scenario.Scenario;

/**
 * The fate of a parent of its own: a group of assemblers that follows its own yearly path of
 * domestic demand, offshoring and in-house shares instead of the district's macro path. The same
 * mechanisms then act on a different parent: Hitachi moved its home-appliance production abroad
 * in the 1990s, "from only Hitachi to zero Hitachi" [CT-2003], and its exclusive subcontractors
 * lost their orders; Toyota's domestic production grew [U-2009]. Nothing here knows which town.
 * Between yearly rows values move linearly by month, as the macro path's do.
 */
public final class ParentPath {
    private final Scenario.ParentGroup group;
    private final int start, end;
    private final double domesticBase;

    public ParentPath(Scenario.ParentGroup group, Scenario.Period period) {
        this.group = group;
        this.start = period.start();
        this.end = period.end();
        Scenario.ParentYear first = group.path().get(0);
        this.domesticBase = first.demand() * (1 - first.inhouse());
    }

    private Scenario.ParentYear row(int year) { return group.path().get(year - start); }

    /**
     * Its orders for parts this month relative to the start year, less what it makes in-house.
     * As with the macro path, offshoring is not in this index: it takes whole supplier
     * relationships abroad at the year end ({@link Offshoring}).
     */
    public double domesticDemand(int year, int month) {
        Scenario.ParentYear now = row(year), next = year < end ? row(year + 1) : now;
        double w = (month - 1) / 12.0;
        double demand = now.demand() + (next.demand() - now.demand()) * w;
        double inhouse = now.inhouse() + (next.inhouse() - now.inhouse()) * w;
        return demand * (1 - inhouse) / domesticBase;
    }

    /** Share of its production abroad in a year of the period. */
    public double offshoring(int year) { return row(year).offshoring(); }

    /** Months within which its association passes its payments on to members; 0: no such association. */
    public int associationNoteMonths() { return group.associationNoteMonths(); }

    public String name() { return group.name(); }
}
