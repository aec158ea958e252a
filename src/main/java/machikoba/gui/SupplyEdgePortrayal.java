package machikoba.gui;

import machikoba.model.SupplyLink;
import sim.field.network.Edge;
import sim.portrayal.DrawInfo2D;
import sim.portrayal.network.SimpleEdgePortrayal2D;

import sim.portrayal.network.EdgeDrawInfo2D;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.geom.Line2D;
import java.awt.Graphics2D;

/**
 * A customer/supplier tie, from the supplier up to its buyer. The larger the share of the
 * supplier's sales the tie carries (the buyer's leverage [IA-1999]), the darker the line, so a
 * keiretsu's dependent fans stand out against loose, many-customer ties. Ties cannot be
 * clicked: a click picks the firm under it.
 */
public class SupplyEdgePortrayal extends SimpleEdgePortrayal2D {
    private static final long serialVersionUID = 1L;
    private static final Color[] SHADES = new Color[11];

    static {
        // opaque shades from faint to dark: translucent lines are many times slower to draw
        // no darker than a mid grey: hundreds of fans must not hide the firms drawn over them
        Color faint = new Color(238, 238, 238);
        for (int i = 0; i < SHADES.length; i++) {
            SHADES[i] = FirmPortrayal.blend(faint, FirmLook.SUPPLY_TIE, i / 10.0);
        }
    }

    private static final BasicStroke CHOSEN = new BasicStroke(2.5f);
    private final Selection selection;

    SupplyEdgePortrayal(Selection selection) {
        super(FirmLook.SUPPLY_TIE, FirmLook.SUPPLY_TIE);
        setShape(SHAPE_THIN_LINE);
        labelPaint = null;  // no text on thousands of ties
        this.selection = selection;
    }

    @Override
    public void draw(Object object, Graphics2D graphics, DrawInfo2D info) {
        SupplyLink l = (SupplyLink) ((Edge) object).info;
        if (selection.touches(l) && info instanceof EdgeDrawInfo2D e) {
            // the chosen firm's own ties: thick, in the highlight colour, above the thin ones
            // (the thin ties drawn after it use whatever stroke is set: put the old one back)
            java.awt.Stroke thin = graphics.getStroke();
            graphics.setColor(FirmLook.CHOSEN_TIE);
            graphics.setStroke(CHOSEN);
            graphics.draw(new Line2D.Double(e.draw.x, e.draw.y, e.secondPoint.x, e.secondPoint.y));
            graphics.setStroke(thin);
            return;
        }
        Color c = SHADES[(int) Math.round(10 * Math.max(0, Math.min(1, l.leverage())))];
        fromPaint = c;
        toPaint = c;
        super.draw(object, graphics, info);
    }

    @Override
    public boolean hitObject(Object object, DrawInfo2D range) {
        return false;
    }
}
