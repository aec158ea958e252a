package machikoba.gui;

import machikoba.model.Assembler;
import machikoba.model.District;
import machikoba.model.Firm;

import machikoba.observe.Observer;
import machikoba.scenario.Scenario;
import machikoba.scenario.ScenarioLoader;
import sim.display.Console;
import sim.display.Controller;
import sim.display.Display2D;
import sim.display.GUIState;
import sim.engine.Stoppable;
import sim.portrayal.continuous.ContinuousPortrayal2D;
import sim.portrayal.network.NetworkPortrayal2D;
import sim.portrayal.network.SpatialNetwork2D;

import javax.swing.JComponent;
import javax.swing.JFrame;
import javax.swing.JTabbedPane;
import java.awt.Color;
import java.awt.Dimension;
import java.awt.event.ComponentAdapter;
import java.awt.event.ComponentEvent;
import java.nio.file.Path;
import java.util.function.Function;

/**
 * The MASON Console's view of one district, kept apart from the model: a pyramid display
 * (assemblers on top, tiers 2-4 below, firms hanging under their main customer), one chart
 * window (the district's charts, and the story of the firm the student clicked), inspectors on
 * firms, the District's levers as sliders in the Model tab, and lessons in a Lessons tab. The
 * layout is updated once a month by a {@link PyramidLayout} scheduled here, after the model's
 * own step; the model never sees any of it. Before the first Play the display shows the
 * district as it starts (laid out from a copy made with the same seed), not an empty window.
 */
public class DistrictWithUI extends GUIState {
    public Display2D display;
    public JFrame displayFrame;
    /** The one chart window: the district's charts and the chosen firm's story, in two tabs. */
    public JFrame chartsFrame;

    final Selection selection = new Selection();
    final PyramidLayout layout = new PyramidLayout(selection);
    private final ContinuousPortrayal2D firmsPortrayal = new ContinuousPortrayal2D();
    private final NetworkPortrayal2D supplyPortrayal = new NetworkPortrayal2D();
    private final NetworkPortrayal2D otherTiesPortrayal = new NetworkPortrayal2D();
    private final NetworkPortrayal2D lateralPortrayal = new NetworkPortrayal2D();
    final PyramidLegend legend = new PyramidLegend();
    private final LiveCharts charts = new LiveCharts();
    private final FirmStory story = new FirmStory(selection);
    private final Function<String, Scenario> scenarios;
    private JTabbedPane chartTabs;
    private JComponent lessonsTab;
    private Stoppable layoutStopper, chartStopper, storyStopper;

    public DistrictWithUI(District district) {
        this(district, name -> ScenarioLoader.load(Path.of("scenarios", name + ".yaml")));
    }

    /** @param scenarios a district's scenario by its file name in scenarios/ (for lessons), at the scale shown */
    public DistrictWithUI(District district, Function<String, Scenario> scenarios) {
        super(district);
        this.scenarios = scenarios;
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
        selection.choose(null);
        layout.reset(d);
        if (layoutStopper != null) layoutStopper.stop();
        if (chartStopper != null) chartStopper.stop();
        if (storyStopper != null) storyStopper.stop();
        layoutStopper = scheduleRepeatingImmediatelyAfter(layout);
        chartStopper = scheduleRepeatingImmediatelyAfter(charts);
        storyStopper = scheduleRepeatingImmediatelyAfter(story);
        setupPortrayals();
    }

    private void setupPortrayals() {
        supplyPortrayal.setField(new SpatialNetwork2D(layout.field, layout.supplyTies));
        supplyPortrayal.setPortrayalForAll(new SupplyEdgePortrayal(selection));
        otherTiesPortrayal.setField(new SpatialNetwork2D(layout.field, layout.otherTies));
        otherTiesPortrayal.setPortrayalForAll(new SupplyEdgePortrayal(selection));
        lateralPortrayal.setField(new SpatialNetwork2D(layout.field, layout.lateralTies));
        lateralPortrayal.setPortrayalForAll(new LateralTiePortrayal());
        firmsPortrayal.setField(layout.field);
        firmsPortrayal.setPortrayalForClass(Firm.class, new FirmPortrayal(layout, selection, this::choose));
        firmsPortrayal.setPortrayalForClass(Assembler.class, new AssemblerPortrayal(selection));
        // the display steps after the layout, so it always draws the month just laid out
        display.reset();
        display.repaint();
    }

    /**
     * Lays out the district as Play will start it (a copy with the same seed, so the model itself
     * is not started or touched) and draws it, so the student sees the pyramid before pressing Play.
     */
    void showStart() {
        District copy = new District(district().seed(), district().scenario());
        copy.start();
        synchronized (state.schedule) {
            selection.choose(null);
            layout.reset(copy);
        }
        setupPortrayals();
    }

    /** A click on a firm: it and its ties light up, its story starts. Swing's thread. */
    void choose(Firm f) {
        synchronized (state.schedule) {
            selection.choose(f);
            layout.rebuildTies();
            if (f != null) story.begin(layout.shown());
        }
        if (f != null && chartTabs != null) chartTabs.setSelectedIndex(1);
        if (display != null) display.repaint();
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
        display.attach(new TierBands(), "Tier bands");
        display.attach(otherTiesPortrayal, "Other customer ties", false);
        display.attach(supplyPortrayal, "Main customer ties");
        display.attach(lateralPortrayal, "Network ties");
        display.attach(firmsPortrayal, "Firms");
        display.attach(legend, "Legend");
        // whatever size the window is given, the whole pyramid fits in it
        display.display.addComponentListener(new ComponentAdapter() {
            @Override public void componentResized(ComponentEvent e) { javax.swing.SwingUtilities.invokeLater(() -> fitDisplay()); }
        });

        chartTabs = new JTabbedPane();
        chartTabs.addTab("District", charts.panel());
        chartTabs.addTab("Chosen firm's story", story.panel());
        chartsFrame = new JFrame("Charts: " + district().scenario().name());
        chartsFrame.getContentPane().add(chartTabs);
        chartsFrame.setSize(new Dimension(1000, 280));
        c.registerFrame(chartsFrame);
        chartsFrame.setVisible(true);

        if (c instanceof Console console) {
            lessonsTab = LessonsTab.of(this::setUp);
            console.getTabPane().addTab("Lessons", lessonsTab);
        }
        showStart();
    }

    /** Scales the pyramid to the display window's viewport. */
    void fitDisplay() {
        if (display == null) return;
        Dimension view = display.display.getViewport().getExtentSize();
        if (view.width < 50 || view.height < 50) return;
        // a margin as wide as a scroll bar, so none appears while the whole pyramid shows
        double scale = Math.min((view.width - 20) / PyramidLayout.WIDTH, (view.height - 20) / PyramidLayout.HEIGHT);
        if (Math.abs(scale - display.getScale()) > 1e-3) display.setScale(scale);
    }

    /**
     * Sets a lesson up: stops any run, makes the lesson's district afresh (same seed and scale),
     * moves its levers, rebuilds the Model tab on it and draws it as it will start. Swing's thread.
     */
    public void setUp(Lesson lesson) {
        Console console = (Console) controller;
        console.pressStop();
        District d = new District(district().seed(), scenarios.apply(lesson.district()));
        lesson.setUp().accept(d);
        state = d;
        rebuildModelTab(console);
        displayFrame.setTitle("Production pyramid: " + d.scenario().name() + " - " + lesson.title());
        chartsFrame.setTitle("Charts: " + d.scenario().name());
        LessonsTab.show(lessonsTab, lesson);
        showStart();
    }

    /** Brings the Lessons tab to the front of the Console. */
    public void showLessons() {
        if (controller instanceof Console console && lessonsTab != null) console.getTabPane().setSelectedComponent(lessonsTab);
    }

    @Override
    public void quit() {
        super.quit();
        if (displayFrame != null) displayFrame.dispose();
        if (chartsFrame != null) chartsFrame.dispose();
        displayFrame = null;
        chartsFrame = null;
        display = null;
    }

    /**
     * Makes the Console's Model tab inspect the district now shown. MASON builds that tab only when
     * the Console opens or loads a checkpoint, in a method it keeps to its package; without this the
     * sliders would move the district the lesson replaced.
     */
    private static void rebuildModelTab(Console console) {
        try {
            java.lang.reflect.Method build = Console.class.getDeclaredMethod("buildModelInspector");
            build.setAccessible(true);
            build.invoke(console);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot rebuild the Console's Model tab on the lesson's district", e);
        }
    }
}
