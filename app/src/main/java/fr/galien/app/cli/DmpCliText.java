package fr.galien.app.cli;

import fr.galien.core.dmp.DmpBand;
import java.util.stream.Collectors;

/** French lines of the {@code dmp} commands. */
final class DmpCliText {

    private DmpCliText() {
    }

    static String band(DmpBand band) {
        String head = switch (band.state()) {
            case INS_NOT_QUALIFIED -> "INS non qualifiée : le DMP n'est pas interrogé.";
            case SESSION_REQUIRED -> "Connexion Pro Santé Connect requise (--national-id).";
            case UNAVAILABLE -> "DMP indisponible.";
            case NO_DMP -> band.status().flatMap(s -> s.closedOn()).map(d -> "DMP fermé le " + d + ".")
                    .orElse("Pas de DMP pour ce patient.");
            case AUTHORISED -> "DMP ouvert, accès autorisé.";
            case PATIENT_OPPOSED -> "DMP ouvert : le patient s'est opposé à l'accès des professionnels.";
            case CONSENT_REQUIRED -> "DMP ouvert : l'accès demande le consentement du patient.";
        };
        if (band.newDocuments() > 0) {
            head += " " + band.newDocuments() + " nouveau(x) document(s) : " + band.newByType().entrySet().stream()
                    .map(e -> band.typeLabels().getOrDefault(e.getKey(), e.getKey()) + " " + e.getValue())
                    .collect(Collectors.joining(", ")) + ".";
        }
        return band.message() == null ? head : head + " " + band.message();
    }
}
