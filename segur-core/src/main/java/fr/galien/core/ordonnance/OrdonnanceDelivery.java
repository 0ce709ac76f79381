package fr.galien.core.ordonnance;

import java.util.Objects;
import java.util.regex.Pattern;

/** How the ordonnance reaches the pharmacist: registered with the e-prescription service, or on paper only. */
public sealed interface OrdonnanceDelivery {

    /**
     * Registered: the QR code carries {@code identifier}, the 18-character unique prescription number issued by the
     * service (specs §4.3, e.g. {@code 01S2TBPZ2JCNZZYGHZ}).
     */
    record Electronic(String identifier) implements OrdonnanceDelivery {
        private static final Pattern FORMAT = Pattern.compile("[0-9A-Z]{18}");

        public Electronic {
            Objects.requireNonNull(identifier, "identifier");
            if (!FORMAT.matcher(identifier).matches()) {
                throw new IllegalArgumentException("an e-prescription identifier is 18 characters 0-9 A-Z");
            }
        }

        /** « 01S2 TBPZ 2JCN ZZYG HZ »: groups of four, for keying it in when the QR is unreadable. */
        public String grouped() {
            StringBuilder out = new StringBuilder(24);
            for (int i = 0; i < identifier.length(); i += 4) {
                if (i > 0) {
                    out.append(' ');
                }
                out.append(identifier, i, Math.min(identifier.length(), i + 4));
            }
            return out.toString();
        }
    }

    /** Printed on paper only, not registered: the reason is printed on it and counted. */
    record PaperOnly(PaperReason reason) implements OrdonnanceDelivery {
        public PaperOnly {
            Objects.requireNonNull(reason, "reason");
        }
    }

    /** A preview on screen before registration: no QR code, marked « aperçu », never recorded nor filed. */
    record Draft() implements OrdonnanceDelivery {
    }

    /** Why an ordonnance was not registered with the e-prescription service. Append only: names are stored. */
    enum PaperReason {
        SERVICE_UNAVAILABLE("le service d'ordonnance numérique était indisponible"),
        IDENTITY_NOT_QUALIFIED("l'identité du patient n'est pas qualifiée (INS)"),
        PRESCRIBER_CHOICE("à la demande du prescripteur"),
        VETERINARY("aucun service national d'ordonnance numérique n'existe pour les animaux");

        private final String label;

        PaperReason(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }
}
