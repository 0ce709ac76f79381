package fr.galien.core.identity;

import fr.galien.core.i18n.Messages;
import fr.galien.core.port.InsiPort.CodeCr;
import fr.galien.core.port.InsiPort.InsIdentity;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What an {@link InsiSearch} found, for the window and the CLI: the result, the identity when exactly one was found,
 * and every wire call made with its CR. An identity is never picked on CR 02.
 *
 * @param identity present exactly when {@code result} is {@link Result#FOUND}
 * @param calls    the INSi calls in order (first names sent, birth place sent or not, CR): shown to the user, never
 *                 logged (they carry names)
 */
public record InsiSearchOutcome(Result result, Optional<InsIdentity> identity, List<InsiCall> calls) {

    public enum Result {
        /** CR 00: one identity, to compare side by side ({@link TraitsComparison}) and accept or not. */
        FOUND,
        /** CR 01 on every call. */
        NOT_FOUND,
        /** CR 02 without a birth place: ask for it and search again. */
        SEVERAL_ADD_BIRTH_PLACE,
        /** CR 02 with a birth place, or on a Vitale search: check the traits on a document. */
        SEVERAL
    }

    public enum Operation {
        /** {@code rechercherInsAvecTraitsIdentite}. */
        TRAITS,
        /** {@code rechercherInsAvecCarteVitale}. */
        VITALE
    }

    /** One wire call. {@code firstNames} is what went in the {@code Prenom} elements (empty for a Vitale search). */
    public record InsiCall(Operation operation, List<String> firstNames, boolean withBirthPlace, CodeCr cr,
                           String libelle) {
        public InsiCall {
            firstNames = List.copyOf(firstNames);
            Objects.requireNonNull(cr, "cr");
        }
    }

    public InsiSearchOutcome {
        Objects.requireNonNull(result, "result");
        Objects.requireNonNull(identity, "identity");
        calls = List.copyOf(calls);
        if (identity.isPresent() != (result == Result.FOUND)) {
            throw new IllegalArgumentException("an identity comes with FOUND and only then");
        }
    }

    public boolean found() {
        return result == Result.FOUND;
    }

    /** False only for a found identity whose matricule key does not verify: flag it, do not refuse it (specs §2.4). */
    public boolean keyVerifies() {
        return identity.map(found -> Matricules.keyVerifies(found.active().matricule())).orElse(true);
    }

    /** The CR of the call that decided the result. */
    public CodeCr decisiveCr() {
        return switch (result) {
            case FOUND -> CodeCr.UNE_IDENTITE;
            case NOT_FOUND -> CodeCr.AUCUNE_IDENTITE;
            case SEVERAL, SEVERAL_ADD_BIRTH_PLACE -> CodeCr.PLUSIEURS_IDENTITES;
        };
    }

    /** The French sentence to show. */
    public String message() {
        return Messages.format(switch (result) {
            case FOUND -> keyVerifies() ? InsMessages.SEARCH_FOUND : InsMessages.SEARCH_FOUND_KEY_NOT_VERIFIED;
            case NOT_FOUND -> InsMessages.SEARCH_NOT_FOUND;
            case SEVERAL_ADD_BIRTH_PLACE -> InsMessages.SEARCH_SEVERAL_ADD_BIRTH_PLACE;
            case SEVERAL -> InsMessages.SEARCH_SEVERAL;
        });
    }
}
