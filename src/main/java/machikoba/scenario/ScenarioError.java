package machikoba.scenario;

/**
 * A scenario that cannot be used: says which file, line and field, and what was expected.
 * The command line turns it into one message and exit status 2.
 */
public final class ScenarioError extends RuntimeException {
    private final String file;
    private final int line;
    private final String field;

    public ScenarioError(String file, int line, String field, String message) {
        super(message);
        this.file = file;
        this.line = line;
        this.field = field;
    }

    public String file() { return file; }
    public int line() { return line; }
    public String field() { return field; }

    /** "ota.yaml:12: firms.count: expected a whole number >= 1, got -5" */
    @Override
    public String toString() {
        StringBuilder s = new StringBuilder(file);
        if (line > 0) s.append(':').append(line);
        s.append(": ");
        if (field != null && !field.isEmpty()) s.append(field).append(": ");
        return s.append(getMessage()).toString();
    }
}
