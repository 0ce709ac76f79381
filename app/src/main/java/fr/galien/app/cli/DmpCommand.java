package fr.galien.app.cli;

import picocli.CommandLine.Command;

/**
 * {@code galien dmp …} (docs/cli.md): the DMP / Mon espace santé. Each subcommand is its own class, so that the
 * group grows by one line per command: {@code status|list|send} under the professional's Pro Santé Connect session
 * ({@code --national-id}), {@code cda} writes a document exactly as it would be sent.
 */
@Command(name = "dmp", mixinStandardHelpOptions = true,
        description = "Dossier médical partagé (DMP / Mon espace santé) : état, documents, envoi, CDA.",
        subcommands = {DmpStatusCommand.class, DmpListCommand.class, DmpSendCommand.class, DmpCdaCommand.class})
final class DmpCommand {
}
