package org.leadssdk.examples.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code leads config}: the configuration file. */
@Command(name = "config", mixinStandardHelpOptions = true,
    description = "Writes or checks the JSON configuration file (agencies, divisions, users).",
    subcommands = {ConfigCommand.Init.class, ConfigCommand.Check.class})
final class ConfigCommand implements Runnable {
  @Spec CommandSpec spec;

  @Override
  public void run() {
    throw new picocli.CommandLine.ParameterException(spec.commandLine(), "a subcommand is needed: init or check");
  }

  /** {@code leads config init}. */
  @Command(name = "init", mixinStandardHelpOptions = true,
      description = "Writes a sample configuration with synthetic agencies and users (deputy01, agent07, viewer02,"
          + " untrained03).")
  static final class Init implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "The file to write.")
    Path out = Path.of("");

    @Option(names = "--force", description = "Overwrite an existing file.")
    boolean force;

    @Override
    public Integer call() {
      if (Files.exists(out) && !force) {
        throw CliException.input("out: " + out + " exists; pass --force to overwrite it");
      }
      CliConfig sample = CliConfig.sample();
      write(out, CliConfigReader.toJson(sample));
      spec.commandLine().getOut().println("wrote " + out + ": " + sample.agencies().size() + " agencies, "
          + sample.divisions().size() + " division, " + sample.users().size() + " users ("
          + String.join(", ", sample.users().stream().map(u -> u.id()).toList()) + ")");
      return LeadsCli.EXIT_OK;
    }
  }

  /** {@code leads config check}. */
  @Command(name = "check", mixinStandardHelpOptions = true,
      description = "Reads a configuration file and reports its first problem, naming the field.")
  static final class Check implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Option(names = "--config", required = true, paramLabel = "FILE", description = "The file to check.")
    Path config = Path.of("");

    @Override
    public Integer call() {
      CliConfig c = Session.loadConfig(config);
      spec.commandLine().getOut().println("ok: " + c.agencies().size() + " agencies, " + c.divisions().size()
          + " divisions, " + c.users().size() + " users");
      return LeadsCli.EXIT_OK;
    }
  }

  /** Writes a text file in UTF-8, creating its folder. */
  static void write(Path file, String text) {
    try {
      Path parent = file.toAbsolutePath().getParent();
      if (parent != null) {
        Files.createDirectories(parent);
      }
      Files.writeString(file, text, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
    }
  }
}
