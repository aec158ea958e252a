package machikoba.gui;

import sim.portrayal.DrawInfo2D;
import sim.portrayal.simple.RectanglePortrayal2D;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;

/** A large assembler at the top of the pyramid: a dark square, each at the head of its fan; ringed when it buys from the chosen firm. */
public class AssemblerPortrayal extends RectanglePortrayal2D {
    private static final long serialVersionUID = 1L;

    private final Selection selection;

    AssemblerPortrayal(Selection selection) {
        super(FirmLook.ASSEMBLER, 14, true);
        this.selection = selection;
    }

    @Override
    public void draw(Object object, Graphics2D graphics, DrawInfo2D info) {
        super.draw(object, graphics, info);
        if (info.selected || selection.isRelated(object)) {
            double w = info.draw.width * scale, h = info.draw.height * scale;
            graphics.setColor(info.selected ? Color.RED : FirmLook.CHOSEN_TIE);
            graphics.setStroke(new BasicStroke(2.5f));
            graphics.draw(new Rectangle2D.Double(info.draw.x - w / 2 - 3, info.draw.y - h / 2 - 3, w + 6, h + 6));
        }
    }
}
