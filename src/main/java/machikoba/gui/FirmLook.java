package machikoba.gui;

import machikoba.model.Firm;

import java.awt.Color;

/**
 * What a firm looks like on the display: one state, chosen in order of urgency, each with a
 * colour and a legend label. The thresholds are the studies' own: a buyer with 70%+ of sales
 * is a "parent", some firms say so already at 50% [IA-1999]; an innovative leader has its own
 * products and keeps its top customer at 40% or less, as few independent firms allow more [IA-1999].
 * (The display's leader needs two products and a top share of 0.4 or less; the observer's
 * innovation class also compares value added with the district median, which a single firm
 * on screen cannot know.)
 */
public enum FirmLook {
    /** The bank had to cover a cash shortfall this month: it may fail next. */
    CASH_DISTRESS("in cash distress", new Color(214, 39, 40)),
    /** Two or more own products, top customer at most 40% [IA-1999]. */
    LEADER("innovative leader", new Color(255, 170, 0)),
    /** One buyer takes 70%+ of sales: it has a parent [IA-1999]. */
    PARENT("has a parent (70%+)", new Color(8, 36, 107)),
    /** One buyer takes 50-70% of sales [IA-1999]. */
    DEPENDENT("50%+ dependent", new Color(49, 110, 190)),
    /** Top customer under 50%. */
    INDEPENDENT("independent", new Color(150, 200, 235));

    public final String label;
    public final Color colour;

    FirmLook(String label, Color colour) {
        this.label = label;
        this.colour = colour;
    }

    public static FirmLook of(Firm f) {
        if (f.cashStress()) return CASH_DISTRESS;
        double top = f.topShare();
        if (f.products() >= 2 && top <= 0.4) return LEADER;
        if (top >= 0.7) return PARENT;
        if (top >= 0.5) return DEPENDENT;
        return INDEPENDENT;
    }

    /** Grey of a firm that has left the district, fading out. */
    public static final Color EXITED = new Color(120, 120, 120);
    /** Ring round a firm that entered in the last months. */
    public static final Color ENTRANT_RING = new Color(30, 170, 60);
    /** Assemblers at the top of the pyramid. */
    public static final Color ASSEMBLER = new Color(40, 40, 40);
    /** Customer/supplier ties. */
    public static final Color SUPPLY_TIE = new Color(150, 150, 150);
    /** The chosen firm's ties, and rings round its customers and subcontractors. */
    public static final Color CHOSEN_TIE = new Color(200, 0, 160);
    /** Horizontal network ties between members, in their own colour. */
    public static final Color LATERAL_TIE = new Color(80, 190, 175);
}
