package machikoba.gui;

import machikoba.model.Assembler;
import machikoba.model.District;
import machikoba.model.Firm;

import machikoba.observe.Observer;
import sim.display.Controller;
import sim.display.Display2D;
import sim.display.GUIState;
import sim.engine.Stoppable;
import sim.portrayal.continuous.ContinuousPortrayal2D;
import sim.portrayal.network.NetworkPortrayal2D;
import sim.portrayal.network.SpatialNetwork2D;

import javax.swing.JFrame;
import java.awt.Color;

/**
 * The MASON Console's view of one district, kept apart from the model: a pyramid display
 * (assemblers on top, tiers 2-4 below, firms hanging under their main customer), live charts
 * fed by an {@link Observer}, inspectors on firms, and the District's levers as sliders in the
 * Model tab. The layout is updated once a month by a {@link PyramidLayout} scheduled here,
 * after the model's own step; the model never sees any of it.
 */
public class DistrictWithUI extends GUIState {
    public Display2D display;
    public JFrame displayFrame;

    final PyramidLayout layout = new PyramidLayout();
    private final ContinuousPortrayal2D firmsPortrayal = new ContinuousPortrayal2D();
    private final NetworkPortrayal2D supplyPortrayal = new NetworkPortrayal2D();
    private final NetworkPortrayal2D lateralPortrayal = new NetworkPortrayal2D();
    final PyramidLegend legend = new PyramidLegend();
    private final LiveCharts charts = new LiveCharts();
    private Stoppable layoutStopper, chartStopper;

    public DistrictWithUI(District district) {
        super(district);
    }

    public static String getName() { return "Machikoba: a town-factory district"; }

    /** The About text of the Console, for students. */
    public static Object getInfo() { return About.HTML; }

    /** The Model tab shows the District: its cost-down, payment-delay and credit sliders. */
    @Override
    public Object getSimulationInspectedObject() { return state; }

    public District district() { return (District) state; }

    @Override
    public void start() {
        super.start();
        District d = district();
        Observer observer = new Observer().attach(d);
        charts.restart(observer);
        layout.reset(d);
        if (layoutStopper != null) layoutStopper.stop();
        if (chartStopper != null) chartStopper.stop();
        layoutStopper = scheduleRepeatingImmediatelyAfter(layout);
        chartStopper = scheduleRepeatingImmediatelyAfter(charts);
        setupPortrayals();
    }

    private void setupPortrayals() {
        supplyPortrayal.setField(new SpatialNetwork2D(layout.field, layout.supplyTies));
        supplyPortrayal.setPortrayalForAll(new SupplyEdgePortrayal());
        lateralPortrayal.setField(new SpatialNetwork2D(layout.field, layout.lateralTies));
        lateralPortrayal.setPortrayalForAll(new LateralTiePortrayal());
        firmsPortrayal.setField(layout.field);
        firmsPortrayal.setPortrayalForClass(Firm.class, new FirmPortrayal(layout));
        firmsPortrayal.setPortrayalForClass(Assembler.class, new AssemblerPortrayal());
        // the display steps after the layout, so it always draws the month just laid out
        display.reset();
        display.repaint();
    }

    @Override
    public void init(Controller c) {
        super.init(c);
        display = new Display2D(PyramidLayout.WIDTH, PyramidLayout.HEIGHT, this);
        display.setBackdrop(Color.WHITE);
        displayFrame = display.createFrame();
        displayFrame.setTitle("Production pyramid: " + district().scenario().name());
        c.registerFrame(displayFrame);
        displayFrame.setVisible(true);
        display.attach(supplyPortrayal, "Customer ties");
        display.attach(lateralPortrayal, "Network ties");
        display.attach(firmsPortrayal, "Firms");
        display.attach(legend, "Legend");
        charts.showIn(c);
    }

    @Override
    public void quit() {
        super.quit();
        charts.quit();
        if (displayFrame != null) displayFrame.dispose();
        displayFrame = null;
        display = null;
    }
}
