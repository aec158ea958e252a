package machikoba.model.policy;

import machikoba.scenario.Scenario;

/**
 * The policy settings a student changes in the GUI's Model tab (District's bean properties): a
 * new {@link Scenario.Policy} with one lever changed. A lever switched on from the GUI acts from
 * the year it is switched on to the end of the run, whatever years the scenario gave it.
 */
public final class StudentLevers {
    private StudentLevers() { }

    public static Scenario.Policy salespersonVisits(Scenario.Policy p, int visits, int from, int to) {
        Scenario.Salespersons s = p.salespersons();
        return new Scenario.Policy(new Scenario.Salespersons(visits, Math.min(s.startYear(), from), Math.max(s.endYear(), to),
                s.knowledgeGain(), s.joinChance(), s.costPerVisit()), p.keyPerson(), p.liaison(), p.grants(), p.plaza(),
                p.backedLoans(), p.subcontractingRules(), p.localSupport(), p.platforms(), p.startupGuarantees());
    }

    public static Scenario.Policy keyPersonVisits(Scenario.Policy p, int visits, int from, int to) {
        Scenario.KeyPerson k = p.keyPerson();
        return new Scenario.Policy(p.salespersons(), new Scenario.KeyPerson(visits, Math.min(k.startYear(), from),
                Math.max(k.endYear(), to), k.familiarityGain(), k.projectsPerYear(), k.productivity(), k.costPerYear()),
                p.liaison(), p.grants(), p.plaza(), p.backedLoans(), p.subcontractingRules(), p.localSupport(), p.platforms(), p.startupGuarantees());
    }

    public static Scenario.Policy liaison(Scenario.Policy p, int projects, boolean town, int from, int to) {
        Scenario.Liaison l = p.liaison();
        return new Scenario.Policy(p.salespersons(), p.keyPerson(), new Scenario.Liaison(projects, Math.min(l.startYear(), from),
                Math.max(l.endYear(), to), town ? "town" : "competent", l.techQuantile(), l.maxEmployees(), l.research(),
                l.costPerProject()), p.grants(), p.plaza(), p.backedLoans(), p.subcontractingRules(), p.localSupport(), p.platforms(), p.startupGuarantees());
    }

    public static Scenario.Policy rules(Scenario.Policy p, int noteDelayCap, boolean banCuts, int from, int to) {
        Scenario.SubcontractingRules r = p.subcontractingRules();
        return new Scenario.Policy(p.salespersons(), p.keyPerson(), p.liaison(), p.grants(), p.plaza(), p.backedLoans(),
                new Scenario.SubcontractingRules(Math.min(r.startYear(), from), Math.max(r.endYear(), to), noteDelayCap, banCuts),
                p.localSupport(), p.platforms(), p.startupGuarantees());
    }
}
