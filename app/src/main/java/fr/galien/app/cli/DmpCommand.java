package fr.galien.app.cli;

import picocli.CommandLine.Command;

/**
 * {@code galien dmp …} (docs/cli.md): the DMP / Mon espace santé. Each subcommand is its own class, so that the
 * group grows by one line per command.
 */
@Command(name = "dmp", description = "Dossier médical partagé (DMP / Mon espace santé).",
        subcommands = {DmpCdaCommand.class})
final class DmpCommand {
}
