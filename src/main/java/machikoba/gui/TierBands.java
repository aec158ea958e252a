package machikoba.gui;

import sim.portrayal.DrawInfo2D;
import sim.portrayal.FieldPortrayal2D;
import sim.util.Bag;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;

/**
 * The bottom layer of the pyramid: a pale band behind each tier with its name in the left
 * margin, so a student reads at once which row is which [U-2009]. Drawn in the field's own
 * coordinates (it zooms with the firms); it has no field of its own.
 */
public class TierBands extends FieldPortrayal2D {
    private static final long serialVersionUID = 1L;
    private static final String[][] NAMES = {
            {"Tier 1", "assemblers"}, {"Tier 2", "coordinators"}, {"Tier 3", "specialists"}, {"Tier 4", "family shops"}};
    private static final Color[] SHADES = {new Color(246, 246, 246), new Color(251, 251, 251)};
    private static final Color TEXT = new Color(90, 90, 90);

    @Override
    protected void hitOrDraw(Graphics2D g, DrawInfo2D info, Bag putInHere) {
        if (g == null) return;  // nothing to click on
        double sx = info.draw.width / PyramidLayout.WIDTH, sy = info.draw.height / PyramidLayout.HEIGHT;
        Font bold = new Font(Font.SANS_SERIF, Font.BOLD, 12), plain = new Font(Font.SANS_SERIF, Font.PLAIN, 11);
        for (int t = 0; t < NAMES.length; t++) {
            double[] band = PyramidLayout.BANDS[t];
            double top = info.draw.y + (band[0] - 8) * sy, bottom = info.draw.y + (band[1] + 8) * sy;
            g.setColor(SHADES[t % 2]);
            g.fill(new Rectangle2D.Double(info.draw.x, top, PyramidLayout.RIGHT * sx + 10, bottom - top));
            float x = (float) (info.draw.x + 6), mid = (float) ((top + bottom) / 2);
            g.setColor(TEXT);
            g.setFont(bold);
            g.drawString(NAMES[t][0], x, mid - 1);
            g.setFont(plain);
            g.drawString(NAMES[t][1], x, mid + 12);
        }
    }
}
