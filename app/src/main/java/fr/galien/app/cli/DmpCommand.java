package fr.galien.app.cli;

import picocli.CommandLine.Command;

/**
 * {@code galien dmp status|list|send}: the patient's DMP (Mon espace santé) under the professional's Pro Santé Connect
 * session ({@code --national-id}, docs/cli.md).
 */
@Command(name = "dmp", mixinStandardHelpOptions = true,
        description = "DMP (Mon espace santé) : état du DMP d'un patient, ses documents, envoi d'un document.",
        subcommands = {DmpStatusCommand.class, DmpListCommand.class, DmpSendCommand.class})
final class DmpCommand {
}
