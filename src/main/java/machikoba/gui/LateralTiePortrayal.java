package machikoba.gui;

import sim.portrayal.DrawInfo2D;
import sim.portrayal.network.SimpleEdgePortrayal2D;

/**
 * A horizontal tie between two members of a network [IA-2001], drawn across the pyramid in its
 * own colour so it cannot be mistaken for a customer/supplier tie. Fed by {@link LateralTies}.
 */
public class LateralTiePortrayal extends SimpleEdgePortrayal2D {
    private static final long serialVersionUID = 1L;

    public LateralTiePortrayal() {
        super(FirmLook.LATERAL_TIE, FirmLook.LATERAL_TIE);
        // thin: in Higashi Osaka and Kyoto the ties are a mesh, and the firms must show through it
        setShape(SHAPE_THIN_LINE);
        labelPaint = null;
    }

    @Override
    public boolean hitObject(Object object, DrawInfo2D range) {
        return false;
    }
}
