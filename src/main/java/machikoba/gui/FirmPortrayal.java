package machikoba.gui;

import machikoba.model.Firm;

import sim.portrayal.DrawInfo2D;
import sim.portrayal.LocationWrapper;
import sim.portrayal.simple.OvalPortrayal2D;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Ellipse2D;

/**
 * A firm as a disc: colour by its state ({@link FirmLook}), area by its employees. Among
 * independent firms the blue deepens as the top customer's share grows, so a firm drifting
 * towards a parent visibly darkens before it changes class. Firms that left fade to grey over
 * {@link PyramidLayout#FADE_MONTHS} months; entrants wear a green ring for their first months.
 */
public class FirmPortrayal extends OvalPortrayal2D {
    private static final long serialVersionUID = 1L;
    private static final Color PALE = new Color(215, 234, 248);
    private static final BasicStroke RING = new BasicStroke(1.5f), SELECTED = new BasicStroke(2.5f);

    private final PyramidLayout layout;
    private final Selection selection;
    /** Told when the student clicks a firm; it stays chosen until another is clicked. */
    private final java.util.function.Consumer<Firm> onChoose;

    FirmPortrayal(PyramidLayout layout, Selection selection, java.util.function.Consumer<Firm> onChoose) {
        super(FirmLook.INDEPENDENT.colour, 5, true);
        this.layout = layout;
        this.selection = selection;
        this.onChoose = onChoose;
    }

    /** Diameter in field units: area grows with employees (4 people: ~5, 300 people: ~19). */
    static double diameter(int employees) {
        return 3 + 0.9 * Math.sqrt(Math.max(1, employees));
    }

    static Color colour(Firm f) {
        FirmLook look = FirmLook.of(f);
        if (look != FirmLook.INDEPENDENT) return look.colour;
        // 0 -> pale, 0.5 -> nearly the colour of the 50%+ class
        return blend(PALE, FirmLook.DEPENDENT.colour, Math.min(1, f.topShare() / 0.5) * 0.8);
    }

    static Color blend(Color a, Color b, double t) {
        return new Color((int) Math.round(a.getRed() + t * (b.getRed() - a.getRed())),
                (int) Math.round(a.getGreen() + t * (b.getGreen() - a.getGreen())),
                (int) Math.round(a.getBlue() + t * (b.getBlue() - a.getBlue())));
    }

    @Override
    public void draw(Object object, Graphics2D graphics, DrawInfo2D info) {
        Firm f = (Firm) object;
        scale = diameter(f.employees());
        int gone = layout.monthsSinceExit(f);
        if (gone >= 0) {
            double left = 1 - (gone + 1.0) / (PyramidLayout.FADE_MONTHS + 1);
            if (left <= 0) return;
            paint = blend(Color.WHITE, FirmLook.EXITED, left);  // fades into the white backdrop
        } else {
            paint = colour(f);
        }
        double w = info.draw.width * scale, h = info.draw.height * scale;
        // a true disc even when small (the plain oval turns into a square below a few pixels)
        graphics.setPaint(paint);
        graphics.fill(new Ellipse2D.Double(info.draw.x - w / 2, info.draw.y - h / 2, w, h));
        if (gone < 0 && layout.monthsSinceEntry(f) >= 0) {
            graphics.setColor(FirmLook.ENTRANT_RING);
            graphics.setStroke(RING);
            graphics.draw(new Ellipse2D.Double(info.draw.x - w / 2 - 2, info.draw.y - h / 2 - 2, w + 4, h + 4));
        }
        // the chosen firm in black, its customers and subcontractors in the highlight colour
        Color ring = info.selected || selection.isChosen(f) ? Color.BLACK : selection.isRelated(f) ? FirmLook.CHOSEN_TIE : null;
        if (ring != null) {
            graphics.setColor(ring);
            graphics.setStroke(SELECTED);
            graphics.draw(new Ellipse2D.Double(info.draw.x - w / 2 - 3, info.draw.y - h / 2 - 3, w + 6, h + 6));
        }
    }

    /** A click on a firm chooses it: it, its customers and its subcontractors light up and its story is told. */
    @Override
    public boolean setSelected(LocationWrapper wrapper, boolean selected) {
        Firm f = (Firm) wrapper.getObject();
        if (selected && !selection.isChosen(f)) onChoose.accept(f);
        return super.setSelected(wrapper, selected);
    }

    @Override
    public boolean hitObject(Object object, DrawInfo2D range) {
        scale = diameter(((Firm) object).employees());
        return super.hitObject(object, range);
    }

    @Override
    public String getName(LocationWrapper wrapper) {
        Firm f = (Firm) wrapper.getObject();
        return f + (f.alive() ? "" : " (left: " + f.exitCause().label + ")");
    }
}
