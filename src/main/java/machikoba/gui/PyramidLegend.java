package machikoba.gui;

import machikoba.model.District;
import sim.portrayal.DrawInfo2D;
import sim.portrayal.FieldPortrayal2D;
import sim.util.Bag;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.util.Locale;

/**
 * The legend and the date, drawn as the top layer in the display's top-right corner (in screen
 * space, so it stays put when the pyramid is zoomed or scrolled). It has no field of its own.
 */
public class PyramidLegend extends FieldPortrayal2D {
    private static final long serialVersionUID = 1L;
    static final int WIDTH = 215, ROW = 17;
    private static final Font TITLE = new Font(Font.SANS_SERIF, Font.BOLD, 13), TEXT = new Font(Font.SANS_SERIF, Font.PLAIN, 11),
            CLOCK = new Font(Font.SANS_SERIF, Font.BOLD, 18);
    private static final String[] MONTHS = {"January", "February", "March", "April", "May", "June", "July", "August",
            "September", "October", "November", "December"};

    /** Pictures drawn so far: the legend is the top layer, drawn once per picture. */
    private final java.util.concurrent.atomic.AtomicLong paints = new java.util.concurrent.atomic.AtomicLong();

    long paints() { return paints.get(); }

    @Override
    protected void hitOrDraw(Graphics2D g, DrawInfo2D info, Bag putInHere) {
        if (g == null) return;  // nothing to click on
        paints.incrementAndGet();
        District d = (District) info.gui.state;
        FirmLook[] looks = FirmLook.values();
        int rows = looks.length + 6;
        double x = info.clip.x + info.clip.width - WIDTH - 8, y = info.clip.y + 8;
        double h = 44 + rows * ROW + 6;
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setColor(new Color(255, 255, 255, 235));
        g.fill(new Rectangle2D.Double(x, y, WIDTH, h));
        g.setColor(Color.GRAY);
        g.setStroke(new BasicStroke(1f));
        g.draw(new Rectangle2D.Double(x, y, WIDTH, h));

        g.setColor(Color.BLACK);
        g.setFont(TITLE);
        g.drawString(d.scenario().name(), (float) x + 8, (float) y + 16);
        g.setFont(CLOCK);
        g.drawString(String.format(Locale.ROOT, "%s %d", MONTHS[shownMonth(d) - 1], shownYear(d)), (float) x + 8, (float) y + 38);
        g.setFont(TEXT);
        double ry = y + 44;
        for (FirmLook look : looks) {
            disc(g, x, ry, look.colour);
            label(g, x, ry, look.label);
            ry += ROW;
        }
        disc(g, x, ry, FirmPortrayal.blend(Color.WHITE, FirmLook.EXITED, 0.6));
        label(g, x, ry, "left the district (fading)");
        ry += ROW;
        disc(g, x, ry, FirmLook.INDEPENDENT.colour);
        g.setColor(FirmLook.ENTRANT_RING);
        g.setStroke(new BasicStroke(1.5f));
        g.draw(new Ellipse2D.Double(x + 10, ry + 2, 13, 13));
        label(g, x, ry, "new entrant");
        ry += ROW;
        g.setColor(FirmLook.ASSEMBLER);
        g.fill(new Rectangle2D.Double(x + 11, ry + 3, 11, 11));
        label(g, x, ry, "assembler (tier 1)");
        ry += ROW;
        line(g, x, ry, FirmLook.SUPPLY_TIE, 1f);
        label(g, x, ry, "sells to its main customer");
        ry += ROW;
        line(g, x, ry, FirmLook.LATERAL_TIE, 1.5f);
        label(g, x, ry, "network tie (works with)");
        ry += ROW;
        g.setColor(Color.DARK_GRAY);
        g.drawString("size: employees; dark tie: big share", (float) x + 10, (float) ry + 12);
    }

    /** The month just simulated (the clock has already moved on to the next one). */
    static int shownYear(District d) {
        int s = Math.max(0, d.step() - 1);
        return d.scenario().period().start() + s / 12;
    }

    static int shownMonth(District d) {
        return Math.max(0, d.step() - 1) % 12 + 1;
    }

    private static void disc(Graphics2D g, double x, double y, Color c) {
        g.setColor(c);
        g.fill(new Ellipse2D.Double(x + 11, y + 3, 11, 11));
    }

    private static void line(Graphics2D g, double x, double y, Color c, float w) {
        g.setColor(c);
        g.setStroke(new BasicStroke(w));
        g.draw(new Line2D.Double(x + 8, y + 9, x + 26, y + 9));
    }

    private static void label(Graphics2D g, double x, double y, String s) {
        g.setColor(Color.BLACK);
        g.drawString(s, (float) x + 32, (float) y + 13);
    }
}
