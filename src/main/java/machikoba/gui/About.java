package machikoba.gui;

/** The Console's About text: what students see first (the longer guide is docs/students.md). */
final class About {
    private About() { }

    static final String HTML = """
        <html><body style="font-family:sans-serif; margin:8px">
        <h2>Machikoba: the district as a production pyramid</h2>

        <h3>What is it?</h3>
        <p>A simulation of the small and medium manufacturers (<i>machikoba</i>, town factories) of a
        Japanese industrial district such as Tokyo's Ota ward, and of the large assemblers they make
        parts for. It shows how depending on one big buyer (<i>keiretsification</i>) traps a firm,
        and which firms survive the long recession after 1991.</p>

        <h3>How it works</h3>
        <p>One step is one month. Assemblers (dark squares, top row) order parts from tier-2
        and tier-3 firms, which pass work down to tier-4 family workshops. Each firm hangs below its
        <b>main customer</b>, so a keiretsu shows as a fan of lines under its assembler.</p>
        <ul>
        <li>A buyer's power over a firm grows with its share of the firm's sales. Twice a year
        assemblers cut the prices of dependent suppliers (<i>cost-down</i>), and they pay in
        promissory notes that come due later the more dependent the firm is.</li>
        <li>Colour: pale blue = independent (darker as the top buyer's share grows), blue = one buyer
        takes 50%+, navy = it has a "parent" taking 70%+, orange = innovative leader (own products,
        top buyer at most 40%), red = short of cash this month. Size = employees.</li>
        <li>Firms fail when the bank refuses credit, when the owner retires without a successor,
        when the parent's orders go, or after years of losses. Grey discs fading out are firms
        that just left; green rings mark new firms.</li>
        </ul>
        <p>Watch a firm's main buyer grow: its colour darkens, cost-down bites, its cash runs short
        (red), and it fades out. <b>Click a firm</b>: it, its customers and its subcontractors
        light up, and the chart window tells its story month by month (top customer's share, price,
        cash, notes not yet paid, employees). Double-click a firm to inspect it here. The District
        charts show firms alive, exits by cause, dependence and network activity.</p>

        <h3>Things to try</h3>
        <p>The <b>Lessons</b> tab has them ready: pick one, press <i>Set up</i>, then play.</p>
        <ul>
        <li>In the <b>Model</b> tab, set <b>CostDownRate</b> to 0: do fewer dependent firms fail?</li>
        <li>Double the payment delay with <b>ExtraPaymentDelay</b>: who goes red first, and when?</li>
        <li>Move <b>CreditTightnessShift</b> up to stage a credit crunch like 1998.</li>
        <li>Once horizontal networks are in the model: let the government create networks, or
        raise the age limit of a Kiseiren-style network, and compare how members fare.</li>
        </ul>

        <h3>Extending the model</h3>
        <p>Scenarios are YAML files in <tt>scenarios/</tt>; every number says where it comes
        from. See <tt>docs/students.md</tt> for more to try and what to look for. Sources: Ibata-Arens 1999, 2001; Colovic-Lamotte &amp; Tayanagi 2003;
        Uchikawa 2009.</p>
        </body></html>
        """;
}
