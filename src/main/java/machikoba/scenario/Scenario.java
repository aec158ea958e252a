package machikoba.scenario;

import java.util.List;

/**
 * One district (or the nation) as a scenario file describes it: the causes a run starts
 * from. Every field is a plain value; the loader fills it from YAML and {@link ScenarioValidator}
 * checks it. Outcomes (firm counts after 1985, shares with a parent, ...) never appear here:
 * they are what the model produces and what {@code targets} compares it with.
 */
public record Scenario(
        String name,
        String description,
        String follows,
        Period period,
        Firms firms,
        Owners owners,
        Economy economy,
        Assemblers assemblers,
        Bank bank,
        Entry entry,
        Rationalisation rationalisation,
        Labour labour,
        List<MacroYear> macro,
        List<Network> networks,
        NetworkPolicy networkPolicy,
        NetworkBehaviour networkBehaviour,
        Policy policy,
        List<ParentGroup> parents,
        Land land) {

    /** Optional blocks: a file without them gets an empty list, and the run is as before. */
    public static final List<String> OPTIONAL_LISTS = List.of("parents");
    /** An optional block that defaults to no land cost: {@code land: {sitePerEmployee: 0, path: []}}. */
    public static final String OPTIONAL_LAND = "land";

    /** The macro row for a calendar year (the validator guarantees one per year). */
    public MacroYear macroFor(int year) {
        return macro.get(year - period.start());
    }

    public record Period(int start, int end) {
        public int months() { return (end - start + 1) * 12; }
    }

    /** The population of small and medium firms at the start year. */
    public record Firms(
            int count,
            List<SizeClass> sizeClasses,
            TierMix tiers,
            List<Skill> skills,
            List<ShareBin> topCustomerShare,
            Independence independence,
            double customersPerFirm,
            double utilisation,
            double sizeExponent) { }

    /**
     * Optional key of {@code firms}: within a size class, the number of firms of n employees falls
     * as n^-sizeExponent; 0 (absent) spreads them evenly.
     */
    public static final String OPTIONAL_SIZE_EXPONENT = "sizeExponent";

    public record SizeClass(int min, int max, double share) { }

    /** Tiers as counts of firms; tier 3 sells partly to assemblers direct, tier 4 only to tier 3 [U-2009]. */
    public record TierMix(double tier2, double tier3, double tier4, double tier3ToAssemblers) { }

    public record Skill(String name, double share) { }

    /** A bin of the initial distribution of the top customer's share of a firm's sales. */
    public record ShareBin(double from, double to, double share) { }

    /** Share of firms that cap their top customer, and the cap they tolerate [IA-1999]. */
    public record Independence(double share, double maxTopShareLow, double maxTopShareHigh) { }

    public record Owners(
            double meanAge,
            double sdAge,
            double retirementAgeMean,
            double retirementAgeSd,
            double successorChanceStart,
            double successorChanceEnd,
            double closeAfterLossYears) { }

    /** Money in million yen; rates per year unless named monthly. */
    public record Economy(
            double outputPerWorker,
            double valueAddedShare,
            double wage,
            double techLevelSd,
            double unitCostSd,
            double productivityGrowth,
            double rdShare,
            double rdFirmShare,
            double rdProductThreshold,
            double productMarketShare,
            double productLifeYears,
            double searchEffort,
            double hireThreshold,
            double fireThreshold,
            double initialCashMonths,
            double initialDebtMonths,
            double cashReserveMonths) { }

    public record Assemblers(
            int count,
            Procurement procurement,
            CostDown costDown,
            Payment payment,
            double supplierTrimPerYear,
            int trimFromYear,
            int trimToYear,
            double shiftToBest,
            double turnover,
            int searchSample,
            double demandGrowth,
            double demandGrowthUntil) { }

    /**
     * Optional key of {@code assemblers}: the last year through which the orders' trend
     * ({@code demandGrowth}) grows; after it the orders follow the macro path from the trend's
     * level then. Absent, the trend grows to the end of the period.
     */
    public static final String OPTIONAL_DEMAND_GROWTH_UNTIL = "demandGrowthUntil";

    /** Weights an assembler gives to cost, quality and delivery when it ranks suppliers [U-2009]. */
    public record Procurement(double cost, double quality, double delivery) { }

    /** The twice-yearly unilateral price cut, scaled by leverage [IA-1999]. */
    public record CostDown(double rate, double leverageExponent, List<Integer> months) { }

    /** Promissory-note terms: nominal 30-90 days, stretched with leverage and stress [IA-1999]. */
    public record Payment(int baseMonths, double leverageDelayMonths, double stressDelayMonths, int maxMonths) { }

    public record Bank(
            double loanRate,
            double discountRate,
            double creditLineMonths,
            double repaymentYears,
            double standingThreshold,
            double callInShare) { }

    public record Entry(double rate, double spinOffShare) { }

    /**
     * How a supplier meets price targets [U-2009 §2.2-3]: by effort and method (cheap, limited),
     * helped by a parent's training and engineers (which also tie it closer), and by investing in
     * machinery, a stock that depreciates and is financed from cash or the bank.
     * effort: share of the year's price cuts (as a share of sales) that effort and method take off
     * unit cost; effortMax: the most they take in a year; guidance: how much a guiding parent raises
     * that effort; specificSkill: the score a buyer adds for a fully relation-specific supplier;
     * capitalPerWorker: machinery per employee at the start, in ¥M; depreciation: per year;
     * capitalElasticity: output per worker grows as capital per worker to this power;
     * investment: ¥ of machinery a firm wants per ¥ of sales it lost to cuts in the year.
     */
    public record Rationalisation(
            double effort,
            double effortMax,
            double guidance,
            double specificSkill,
            double capitalPerWorker,
            double depreciation,
            double capitalElasticity,
            double investment) { }

    /**
     * Staffing with inertia [U-2009]: a firm closes a part of the gap to the staff its work needs
     * each year (hireSpeed, shedSpeed), pays to hire (training, in months of a worker's pay) and
     * to shed (severance), and loses skill when it sheds (skillLoss: share of its learned
     * productivity lost per share of staff shed). Pay rises with firm size, as
     * (employees / 6.5)^paySizeElasticity: ¥3.0M a year in firms of 4-9, ¥6.7M at 1,000+ [U-2009].
     */
    public record Labour(
            double hireSpeed,
            double shedSpeed,
            double hiringMonths,
            double severanceMonths,
            double skillLoss,
            double paySizeElasticity) { }

    /**
     * The year's macro conditions: the path the run is driven along, not its outcome. {@code prices}
     * is a general price level (1985 = 1), the index the census deflates value added by (the Bank of
     * Japan's corporate goods price index [U-2009]); the observer divides by it, and nominal flows
     * may follow it.
     */
    public record MacroYear(int year, double demand, double credit, double offshoring, double inhouse, double prices) { }

    /**
     * A horizontal network the district has (or will found in {@code founded}); {@code count}
     * declares that many alike networks (e.g. 15 chamber-sponsored groups) [IA-2001].
     * origin: firm | chamber | government | parent; funding: self | chamber | government | parent.
     */
    public record Network(
            String name,
            String origin,
            int founded,
            int count,
            Membership membership,
            String funding,
            double fee,
            int meetingsPerYear,
            boolean buyersGroup) { }

    /**
     * Who may be a member. rule: location (labelled by address, {@code size} firms), topSales
     * (the {@code size} largest by sales, like TOPS), likeMinded (firms similar to the founders,
     * up to {@code size}), coordinator ({@code groups} coordinators with {@code size} firms each
     * [CT-2003]), parent (suppliers of one assembler). ageLimit: members graduate past this owner
     * age, 0 for none (Kiseiren: 45 [IA-2001]).
     */
    public record Membership(String rule, int size, int groups, int ageLimit) { }

    /**
     * The levers: whether governments and chambers found networks from above (declared ones
     * founded during the run and those answering central calls), local support that lowers the
     * cost of taking part in firm-initiated networks, and an age limit imposed on every network.
     */
    public record NetworkPolicy(
            boolean topDown,
            double localSupport,
            int ageLimit,
            List<Integer> centralCalls,
            Network callNetwork,
            FirmFounding firmFounding) { }

    /**
     * Firms found a network when enough like-minded firms meet: each year {@code ratePerYear}
     * of firms look around ({@code sample} firms) and found one if {@code minFounders} of them,
     * themselves included, are at least {@code similarity} alike.
     */
    public record FirmFounding(double ratePerYear, int sample, double similarity, int minFounders, Network template) { }

    /** How members behave in networks; the same rules for every origin. */
    public record NetworkBehaviour(
            boolean neutral,
            Engagement engagement,
            Trust trust,
            Activities activities,
            Intimidation intimidation) { }

    /**
     * Engagement moves towards base + benefit * (recent benefits) + similarity * (similarity - 0.5)
     * - load * (overload) - pressure * (parent pressure) - cost * (cost of taking part).
     */
    public record Engagement(
            double threshold,
            double leaveBelow,
            double adaptation,
            double base,
            double benefit,
            double similarity,
            double load,
            double pressure,
            double cost,
            double meetingCost,
            int sample) { }

    /** Trust per pair of firms that exchanged: gain on a reciprocated exchange, loss on a snub, yearly decay. */
    public record Trust(double gain, double loss, double decay, int maxTies, double introduction) { }

    public record Activities(
            double learning,
            double knowledgeDecay,
            double resistance,
            double referralRate,
            double shareTrust,
            double jointRdRate,
            double jointRdProductivity,
            double jointRdCost,
            double buyersGroupDiscount,
            double buyersGroupScale,
            double clientOrdersPerYear) { }

    /** Parents punish suppliers that network with suppliers of rival groups [IA-2001]. */
    public record Intimidation(double strength, double anticipation) { }

    /**
     * The policy instruments of the studies (seed facts 9), each acting through the mechanism it
     * targets (model/policy). An optional block: what a file leaves out is taken from
     * {@code policy-defaults.yaml} (every lever off), so {@code --set policy....} always finds its path.
     */
    public record Policy(
            Salespersons salespersons,
            KeyPerson keyPerson,
            Liaison liaison,
            Grants grants,
            Plaza plaza,
            BackedLoans backedLoans,
            SubcontractingRules subcontractingRules,
            LocalSupport localSupport,
            Platforms platforms,
            StartupGuarantees startupGuarantees) { }

    /**
     * November 1998: loan guarantees for start-ups, only for founders who already had part of the
     * funds [IA-1999]. heldBack: would-be founders a year, per firm alive, whom the banks turned
     * away for want of collateral; each brings a share of the start-up cost drawn evenly from 0 to
     * 1, and is guaranteed (and enters) if that share is at least ownShare; the state pays the
     * guaranteed debt of a guaranteed start-up that fails within guaranteeYears.
     */
    public record StartupGuarantees(int startYear, int endYear, double heldBack, double ownShare, int guaranteeYears) { }

    /**
     * What a regional platform founded on a central call (networkPolicy.centralCalls) costs the
     * public a year, to {@code endYear}: the platforms are networks (model/network), their cost is counted here.
     */
    public record Platforms(double costPerYear, int endYear) { }

    /**
     * Local support of firm-initiated networks in given years: while in force, the share of the
     * cost of taking part borne locally is at least {@code share} (networkPolicy.localSupport holds
     * for the whole run); 0 = off.
     */
    public record LocalSupport(double share, int startYear, int endYear) { }

    /** METI officials visit firms one to one; a visit raises what the firm knows and links it to a programme [CT-2003]. */
    public record Salespersons(int visitsPerYear, int startYear, int endYear, double knowledgeGain,
                               double joinChance, double costPerVisit) { }

    /**
     * A coordinator who comes to know firms by visiting them, and brokers joint projects among
     * those it knows; its projects succeed the better it knows the team [CT-2003: Hitachi's city office].
     */
    public record KeyPerson(int visitsPerYear, int startYear, int endYear, double familiarityGain,
                            int projectsPerYear, double productivity, double costPerYear) { }

    /** University-industry liaison projects, aimed at competent firms or at town factories [CT-2003]. */
    public record Liaison(int projectsPerYear, int startYear, int endYear, String target, double techQuantile,
                          int maxEmployees, double research, double costPerProject) { }

    /** Grants for joint projects in networks firms founded themselves ({@code firm}) or in those founded from above ({@code topDown}). */
    public record Grants(int projectsPerYear, int startYear, int endYear, String target, double amount) { }

    /** 1981-style technology-exchange plazas: an exchange among firms of different trades, founded by the prefecture [U-2009]. */
    public record Plaza(int startYear, int endYear, int size, int meetingsPerYear, double costPerYear) { }

    /**
     * October 1998: government-backed loans for SMEs; banks steered a share into repaying old
     * loans [IA-1999]. The state bears the guaranteed amount of borrowers that fail.
     */
    public record BackedLoans(int year, int month, double takeUp, double costMonths, double repayOldShare,
                              int guaranteeYears) { }

    /** Rules on subcontracting: a cap on note delays (0 = none) and a ban on price cuts after agreement [U-2009, IA-1999]. */
    public record SubcontractingRules(int startYear, int endYear, int noteDelayCapMonths, boolean banCutsAfterAgreement) { }

    /**
     * Assemblers with a fate of their own (optional; none: every assembler follows the macro path).
     * A group is the next {@code assemblers} of the district's assemblers by rank (the first group
     * takes the largest); it places {@code share} of the start year's orders to assemblers, and
     * follows its own yearly path of domestic demand, offshoring and in-house shares instead of
     * the macro path's (Hitachi moved home appliances abroad, Toyota grew at home [U-2009, CT-2003]).
     * associationNoteMonths: its subcontracting association passes the parent's payments on to
     * members, so a member's notes from the group fall due in at most this many months, however
     * dependent it is; 0 for no such association.
     */
    public record ParentGroup(
            String name,
            int assemblers,
            double share,
            int associationNoteMonths,
            List<ParentYear> path) { }

    /** A parent group's year: demand for parts (its start year = 1), share of its production abroad and in-house. */
    public record ParentYear(int year, double demand, double offshoring, double inhouse) { }

    /**
     * What a factory site costs (optional; absent: nothing). In mixed urban districts rising land
     * prices turned factory sites into housing [U-2009]. sitePerEmployee: the yearly cost of a site
     * per employee in the start year, in ¥M (rent, or the rent an owner forgoes by not selling);
     * path: the land price index by year (start year = 1), one row a year, or none for a constant cost.
     */
    public record Land(double sitePerEmployee, List<LandYear> path) { }

    public record LandYear(int year, double index) { }
}
