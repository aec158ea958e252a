package machikoba;

import machikoba.cli.BatchCommand;
import machikoba.cli.BenchCommand;
import machikoba.cli.CalibrateCommand;
import machikoba.cli.CompareCommand;
import machikoba.cli.DistrictsCommand;
import machikoba.cli.GuiCommand;
import machikoba.cli.MergeCommand;
import machikoba.cli.RunCommand;
import machikoba.cli.SensitivityCommand;
import machikoba.cli.ValidateCommand;
import machikoba.scenario.ScenarioError;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The command line. It parses arguments and hands over to one of the packages: a scenario
 * that cannot be used is reported as file:line: field: what was expected, with exit status 2.
 */
@Command(name = "machikoba", mixinStandardHelpOptions = true, version = "machikoba 0.1",
        description = "Agent-based simulation of Japan's small and medium manufacturers (town factories) on MASON.",
        subcommands = {RunCommand.class, BatchCommand.class, SensitivityCommand.class, ValidateCommand.class,
                CalibrateCommand.class, MergeCommand.class, GuiCommand.class, BenchCommand.class, CompareCommand.class, DistrictsCommand.class})
public final class Machikoba implements Runnable {
    public static final int BAD_INPUT = 2;

    @Override
    public void run() {
        new CommandLine(this).usage(System.out);
    }

    public static void main(String[] args) {
        System.exit(execute(args));
    }

    /** Runs a command line and returns its exit status (tests call this instead of main). */
    public static int execute(String... args) {
        CommandLine cl = new CommandLine(new Machikoba());
        cl.setExecutionExceptionHandler((ex, cmd, parsed) -> {
            if (ex instanceof ScenarioError e) {
                cmd.getErr().println("machikoba: " + e);
                return BAD_INPUT;
            }
            throw ex;
        });
        cl.setParameterExceptionHandler((ex, a) -> {
            ex.getCommandLine().getErr().println("machikoba: " + ex.getMessage());
            ex.getCommandLine().usage(ex.getCommandLine().getErr());
            return BAD_INPUT;
        });
        return cl.execute(args);
    }
}
