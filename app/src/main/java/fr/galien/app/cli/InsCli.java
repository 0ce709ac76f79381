package fr.galien.app.cli;

import fr.galien.app.AppError;
import fr.galien.core.domain.BirthDate;
import fr.galien.core.error.SegurException;
import fr.galien.core.identity.InsiSearchOutcome;
import fr.galien.core.identity.InsiSearchOutcome.InsiCall;
import fr.galien.core.identity.Matricules;
import fr.galien.core.port.IdentityTraits;
import fr.galien.core.port.InsiPort.InsIdentity;
import fr.galien.core.port.InsiPort.InsMatricule;
import java.io.PrintWriter;
import java.util.Optional;

/** Text output and option parsing shared by the {@code galien ins} commands. */
final class InsCli {

    private InsCli() {
    }

    static BirthDate birthDate(String text) {
        Optional<BirthDate> parsed = BirthDate.parseIso(text.strip()).or(() -> BirthDate.parseFrench(text.strip()));
        return parsed.orElseThrow(() -> new SegurException(AppError.APP_0007, "--birth-date",
                "« " + text + " » n'est pas une date AAAA-MM-JJ"));
    }

    static void print(PrintWriter out, InsiSearchOutcome outcome) {
        for (InsiCall call : outcome.calls()) {
            out.println("Appel INSi " + call.operation().name().toLowerCase(java.util.Locale.ROOT)
                    + (call.firstNames().isEmpty() ? "" : " (prénoms « " + String.join(" ", call.firstNames()) + " »")
                    + (call.withBirthPlace() ? ", avec lieu de naissance" : "")
                    + (call.firstNames().isEmpty() ? "" : ")")
                    + " : CR " + call.cr().code() + " " + call.libelle());
        }
        out.println("CR " + outcome.decisiveCr().code() + " : " + outcome.message());
        outcome.identity().ifPresent(identity -> printIdentity(out, identity));
    }

    private static void printIdentity(PrintWriter out, InsIdentity identity) {
        InsMatricule active = identity.active();
        out.println("Matricule INS : " + active.matricule() + "  OID " + active.oid()
                + (Matricules.keyVerifies(active.matricule()) ? "" : "  (clé non vérifiée : à contrôler)"));
        for (InsMatricule previous : identity.history()) {
            out.println("Ancien matricule : " + previous.matricule() + "  OID " + previous.oid());
        }
        IdentityTraits traits = identity.traits();
        out.println("Nom de naissance : " + traits.birthName());
        out.println("Prénoms de naissance : " + String.join(" ", traits.firstNames()));
        out.println("Sexe : " + (traits.sex() == null ? "" : traits.sex().name()));
        out.println("Date de naissance : " + (traits.birthDate() == null ? "" : traits.birthDate().toFrench()));
        out.println("Lieu de naissance (COG) : " + (traits.birthPlaceCode() == null ? "" : traits.birthPlaceCode()));
    }
}
