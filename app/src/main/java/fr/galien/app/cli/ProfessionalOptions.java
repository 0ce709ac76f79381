package fr.galien.app.cli;

import java.util.Optional;
import java.util.function.Function;
import picocli.CommandLine.Option;

/**
 * {@code --national-id ID [--exercise N]} (or {@code $GALIEN_NATIONAL_ID}), mixed into every command that makes
 * national calls as a professional: the command logs in with CIBA for its own duration and logs out at the end
 * ({@link NationalServices}); the tokens never touch the disk. Without either, the command acts as today (the
 * workstation's OS user, ADR 0007).
 */
final class ProfessionalOptions {

    /** Environment variable giving the national id when {@code --national-id} is absent. */
    static final String ENV = "GALIEN_NATIONAL_ID";

    @Option(names = "--national-id", paramLabel = "ID",
            description = "Identifiant national du professionnel (8 + RPPS, ou ADELI) : la commande se connecte à "
                    + "Pro Santé Connect (CIBA, validation dans l'application e-CPS) pour sa seule durée. "
                    + "Par défaut : $GALIEN_NATIONAL_ID.")
    String nationalId;

    @Option(names = "--exercise", paramLabel = "N",
            description = "Numéro de l'exercice choisi (1, 2…) quand le professionnel en a plusieurs.")
    Integer exercise;

    /** The national id: the option's, else {@value #ENV}'s, else empty. */
    Optional<String> nationalId() {
        return nationalId(System::getenv);
    }

    Optional<String> nationalId(Function<String, String> env) {
        String value = nationalId != null ? nationalId : env.apply(ENV);
        return Optional.ofNullable(value).map(String::strip).filter(id -> !id.isEmpty());
    }

    /** {@code --exercise}, 1-based, or null. */
    Integer exercise() {
        return exercise;
    }
}
