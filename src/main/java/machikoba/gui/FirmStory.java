package machikoba.gui;

import machikoba.model.District;
import machikoba.model.Firm;
import machikoba.model.SupplyLink;
import org.jfree.data.xy.XYSeries;
import sim.engine.SimState;
import sim.engine.Steppable;

import javax.swing.BorderFactory;
import javax.swing.JComponent;
import javax.swing.JLabel;
import javax.swing.JPanel;
import java.awt.BorderLayout;
import java.awt.Font;
import java.awt.GridLayout;
import java.util.List;
import java.util.Locale;

/**
 * The story of the firm the student clicked, month by month from the click on: its top
 * customer's share of its sales, the price it is paid on that tie (after cost-downs), its cash
 * and the notes its customers have not yet paid, and its employees. The history is kept here, in
 * the display (a ring of the last {@link #MONTHS} months, for the chosen firm only, read after
 * each month); the model keeps none of it.
 */
final class FirmStory implements Steppable {
    private static final long serialVersionUID = 1L;
    /** Months of history shown: twenty years. */
    static final int MONTHS = 240;

    private final Selection selection;
    private final SmallChart shareChart = new SmallChart("Top customer's share of sales", "%");
    private final SmallChart priceChart = new SmallChart("Price paid on the top tie", "share of list price");
    private final SmallChart moneyChart = new SmallChart("Cash and notes not yet paid", "million yen");
    private final SmallChart staffChart = new SmallChart("Employees", "people");
    private final XYSeries share = shareChart.series("top customer", MONTHS);
    private final XYSeries price = priceChart.series("price", MONTHS);
    private final XYSeries cash = moneyChart.series("cash", MONTHS);
    private final XYSeries notes = moneyChart.series("notes outstanding", MONTHS);
    private final XYSeries staff = staffChart.series("employees", MONTHS);
    private final List<XYSeries> all = List.of(share, price, cash, notes, staff);
    private final JLabel caption = new JLabel("Click a firm on the pyramid: its customers and subcontractors light up, and its story is told here month by month.");
    private Firm following;

    FirmStory(Selection selection) {
        this.selection = selection;
        caption.setFont(caption.getFont().deriveFont(Font.PLAIN, 12f));
        caption.setBorder(BorderFactory.createEmptyBorder(2, 6, 2, 6));
    }

    JComponent panel() {
        JPanel grid = new JPanel(new GridLayout(1, 4, 4, 0));
        for (SmallChart c : List.of(shareChart, priceChart, moneyChart, staffChart)) grid.add(c.panel);
        JPanel p = new JPanel(new BorderLayout());
        p.add(caption, BorderLayout.NORTH);
        p.add(grid, BorderLayout.CENTER);
        return p;
    }

    /** Starts the story of the chosen firm with the month on the screen; call with the model waiting. */
    void begin(District shown) {
        following = selection.firm();
        SmallChart.onSwing(() -> all.forEach(XYSeries::clear));
        record(shown);
    }

    @Override
    public void step(SimState state) {
        if (following != null && following == selection.firm()) record((District) state);
    }

    private void record(District d) {
        Firm f = following;
        if (f == null) return;
        double t = PyramidLegend.shownYear(d) + (PyramidLegend.shownMonth(d) - 1) / 12.0;
        SupplyLink top = f.topCustomer();
        double[] y = {100 * f.topShare(), top == null ? Double.NaN : top.price(), f.books().cash(), f.books().outstanding(), f.employees()};
        String text = caption(f, top);
        boolean alive = f.alive();
        SmallChart.onSwing(() -> {
            caption.setText(text);
            if (!alive) return;
            for (int i = 0; i < y.length; i++) {
                if (Double.isNaN(y[i])) continue;
                all.get(i).add(t, y[i], false);
                all.get(i).fireSeriesChanged();
            }
        });
    }

    private static String caption(Firm f, SupplyLink top) {
        if (!f.alive()) return f + " has left the district: " + f.exitCause().label.replace('_', ' ') + ".";
        String buyer = top == null ? "no single customer" : (top.buyer().isAssembler() ? "assembler " : "firm ") + top.buyer().id();
        return String.format(Locale.ROOT, "%s, %s: top customer %s (%d%% of sales), %d customer tie(s), %d subcontractor(s).",
                f, FirmLook.of(f).label, buyer, Math.round(100 * f.topShare()), live(f.customers()), live(f.subcontractors()));
    }

    private static int live(List<SupplyLink> links) {
        int n = 0;
        for (SupplyLink l : links) if (!l.isDead() && !l.toMarket()) n++;
        return n;
    }
}
