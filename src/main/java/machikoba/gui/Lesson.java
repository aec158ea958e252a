package machikoba.gui;

import machikoba.model.District;

import java.util.List;
import java.util.function.Consumer;

/**
 * One of the "things to try" of docs/students.md, ready to run from the Console's Lessons tab:
 * the district it needs, the levers it moves (through the District's own bean setters, as the
 * Model tab does), what to watch and, in a few plain sentences, what the student should see and
 * why, citing the studies as the docs do.
 *
 * @param title    shown in the list
 * @param district the scenario's file name in scenarios/, without ".yaml"
 * @param levers   what the lesson sets, e.g. "CostDownRate = 0"
 * @param setUp    moves the levers of a freshly made district
 * @param watch    what to look at while it runs
 * @param why      what should happen and why
 */
public record Lesson(String title, String district, String levers, Consumer<District> setUp, String watch, String why) {

    @Override public String toString() { return title; }

    /** The lessons, in the order of docs/students.md. */
    public static final List<Lesson> ALL = List.of(
            new Lesson("1. Ota as it was, 1985-2007", "ota", "none: the scenario as calibrated", d -> { },
                    "The fans under the assemblers and the <b>Dependence</b> and <b>Exits by cause</b> charts. "
                    + "Click a navy firm and follow its story in the chart window.",
                    "Dependent suppliers darken as their main buyer's share grows. From 1993 the assemblers trim "
                    + "their supplier lists and move work abroad, so <i>lost parent</i> exits come first [U-2009]; the "
                    + "1998 credit crunch then brings <i>insolvency</i> exits [IA-1999]. Most firms still there in "
                    + "2007 are pale or orange: many customers or their own products."),
            new Lesson("2. Turn off cost-down", "ota", "CostDownRate = 0", d -> d.setCostDownRate(0),
                    "Navy (dependent) firms in the 1990s, and the <i>insolvency</i> line of <b>Exits by cause</b>. "
                    + "Compare with lesson 1.",
                    "Twice a year an assembler cuts the price it pays in proportion to its power over the supplier, "
                    + "its share of the supplier's sales [IA-1999]. Without the cuts a dependent firm keeps its margin, "
                    + "so fewer navy firms should turn red and fade out, and the insolvency line should stay lower."),
            new Lesson("3. Double the payment delay", "ota", "ExtraPaymentDelay = 2 (Ota's base delay is 2 months)",
                    d -> d.setExtraPaymentDelay(2),
                    "Click a navy firm: in its story, <b>notes not yet paid</b> climb and <b>cash</b> falls. "
                    + "Which go red first, dependent or independent firms?",
                    "Big buyers pay in promissory notes (<i>tegata</i>), later the more dependent the supplier is "
                    + "[IA-1999]. While the notes wait, the supplier pays its wages and materials from its own cash, "
                    + "so the firms with one big buyer run short first."),
            new Lesson("4. A credit crunch", "ota", "CreditTightnessShift = 0.5", d -> d.setCreditTightnessShift(0.5),
                    "Red firms (cash distress) and how fast they fade out; the <i>insolvency</i> line.",
                    "When banks tighten, a firm short of cash this month is refused the loan that would have "
                    + "carried it, as in Japan in 1998 [IA-1999]. Red firms should disappear faster, the weakest "
                    + "first: those squeezed by cost-down and late payment."),
            new Lesson("5. Networks from above (Kyoto)", "kyoto", "TopDownNetworks on (as in the scenario)",
                    d -> d.setTopDownNetworks(true),
                    "Teal network ties, and <i>labelled</i> against <i>active</i> in the <b>Network activity</b> chart. "
                    + "Then untick TopDownNetworks in the Model tab and run again.",
                    "From 1999 local governments found networks on central calls (regional platforms, then the "
                    + "cluster plan) [CT-2003]; they are founded \"on paper\" and sign up many members at once [IA-2001]. "
                    + "Kiseiren, founded by the firms themselves, small and flat, keeps its members meeting every month "
                    + "[IA-2001]. Does the labelled line jump after 1999 while the active line and the teal ties "
                    + "barely move? A label is not a working tie."),
            new Lesson("6. Support firm-initiated networks (Ota)", "ota", "LocalNetworkSupport = 0.5",
                    d -> d.setLocalNetworkSupport(0.5),
                    "The <i>active in 1+</i> line of <b>Network activity</b> and teal ties in Ota.",
                    "Taking part in a network costs a small firm time and money. If the ward bears half of it, "
                    + "more owners should join and stay active, and ties of trust form between them [IA-2001]."),
            new Lesson("7. An age limit for every network (Ota)", "ota", "NetworkAgeLimit = 45",
                    d -> d.setNetworkAgeLimit(45),
                    "Does O-net come alive? Watch teal ties and <i>active</i> members.",
                    "Kiseiren's members \"graduate\" at 45, which keeps the group young, flat and active "
                    + "[IA-2001]. Imposed on every network, the limit takes older owners out of O-net too: does it "
                    + "become more active, or only smaller?"));

    /** The lesson as the Console's Lessons tab shows it. */
    String html() {
        return "<html><body style='font-family:sans-serif; font-size:11px; margin:6px'>"
                + "<h3>" + title + "</h3>"
                + "<p><b>District:</b> " + district + "<br><b>Levers:</b> " + levers + "</p>"
                + "<p><b>Watch:</b> " + watch + "</p>"
                + "<p><b>What you should see, and why:</b> " + why + "</p>"
                + "<p style='color:#555555'>Press <b>Set up</b>, then the play button. Sources: [IA-1999] Ibata-Arens 1999; "
                + "[IA-2001] Ibata-Arens 2001; [CT-2003] Colovic-Lamotte &amp; Tayanagi 2003; [U-2009] Uchikawa 2009.</p>"
                + "</body></html>";
    }

    /** A lesson by its number ("3") or a word of its title ("crunch"), or null. */
    public static Lesson find(String key) {
        for (int i = 0; i < ALL.size(); i++) if (key.equals(Integer.toString(i + 1))) return ALL.get(i);
        for (Lesson l : ALL) if (l.title.toLowerCase(java.util.Locale.ROOT).contains(key.toLowerCase(java.util.Locale.ROOT))) return l;
        return null;
    }
}
