package fr.galien.core.port;

import fr.galien.core.domain.BirthDate;
import fr.galien.core.security.Caller;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * INSi teleservice (CNAM): retrieves the national health identity (specs §2.1). Implemented by the {@code ins}
 * module over SOAP 1.2 ({@code DESIR_ICIR_EXP_1.5.0.wsdl}); results are our own records, never the wire types.
 *
 * <p>Each method is <b>one</b> call on the wire. The search strategy (one call per birth first name, then the full
 * list) lives in core ({@code fr.galien.core.identity.InsiSearch}), so every screen and command behaves the same.
 * These are the only calls that may carry a matricule that is not qualified (decisions.md).
 *
 * <p>Failures are {@link fr.galien.core.error.SegurException}s with the module's codes: a SOAP fault (its
 * {@code siram}/{@code desir} codes in the message), the service unreachable or too slow (timeouts), an answer that
 * is not a valid {@code RESULTAT}. Nothing about the patient changes on a failure.
 */
public interface InsiPort {

    /**
     * {@code rechercherInsAvecTraitsIdentite} (body {@code RECSANSVITALE}): sends the traits as given, with one
     * {@code Prenom} element per entry of {@link IdentityTraits#firstNames()} and {@code LieuNaissance} when set.
     */
    InsiResult searchByTraits(Caller caller, IdentityTraits traits);

    /** {@code rechercherInsAvecCarteVitale} (body {@code RECVITALE}): the data read from a Vitale card or the ApCV. */
    InsiResult searchWithVitale(Caller caller, VitaleQuery query);

    /**
     * Whether this client can send a call under the professional's PSC session (REM INS/PSC.01, ADR 0022): its
     * CPS/e-CPS endpoint is configured. When false, every call goes out under the organisation certificate.
     */
    default boolean acceptsProfessionalSession() {
        return false;
    }

    /**
     * {@link #searchByTraits(Caller, IdentityTraits)} under the given identity (ADR 0022): the organisation
     * certificate, or the professional's PSC token relayed to the CPS/e-CPS endpoint when
     * {@link #acceptsProfessionalSession()}.
     */
    default InsiResult searchByTraits(Caller caller, CallIdentity identity, IdentityTraits traits) {
        requireOrganisation(identity);
        return searchByTraits(caller, traits);
    }

    /** {@link #searchWithVitale(Caller, VitaleQuery)} under the given identity (ADR 0022). */
    default InsiResult searchWithVitale(Caller caller, CallIdentity identity, VitaleQuery query) {
        requireOrganisation(identity);
        return searchWithVitale(caller, query);
    }

    private static void requireOrganisation(CallIdentity identity) {
        if (!(identity instanceof CallIdentity.OrganisationCertificate)) {
            throw new IllegalArgumentException("this INSi client sends under the organisation certificate only");
        }
    }

    /** The {@code CodeCR} of an answer (specs §2.1). */
    enum CodeCr {
        /** {@code 00}: exactly one identity. */
        UNE_IDENTITE("00"),
        /** {@code 01}: none. */
        AUCUNE_IDENTITE("01"),
        /** {@code 02}: several; add traits (birth place, another first name). Never pick one. */
        PLUSIEURS_IDENTITES("02");

        private final String code;

        CodeCr(String code) {
            this.code = code;
        }

        public String code() {
            return code;
        }

        public static Optional<CodeCr> fromCode(String code) {
            for (CodeCr value : values()) {
                if (value.code.equals(code)) {
                    return Optional.of(value);
                }
            }
            return Optional.empty();
        }
    }

    /**
     * One answer. {@code identity} is present exactly when {@code cr} is {@link CodeCr#UNE_IDENTITE}.
     *
     * @param libelle {@code LibelleCR} as the service wrote it
     */
    record InsiResult(CodeCr cr, String libelle, Optional<InsIdentity> identity) {
        public InsiResult {
            Objects.requireNonNull(cr, "cr");
            Objects.requireNonNull(identity, "identity");
            if (identity.isPresent() != (cr == CodeCr.UNE_IDENTITE)) {
                throw new IllegalArgumentException("an identity comes with CodeCR 00 and only then");
            }
        }
    }

    /**
     * {@code INDIVIDU}: the active matricule ({@code INSACTIF}), the previous ones ({@code INSHISTO}) and the reference
     * traits ({@code TIQ}: {@code firstNames} is {@code ListePrenom} split on spaces, its first entry the
     * {@code Prenom}).
     */
    record InsIdentity(InsMatricule active, List<InsMatricule> history, IdentityTraits traits) {
        public InsIdentity {
            Objects.requireNonNull(active, "active");
            history = List.copyOf(history);
            Objects.requireNonNull(traits, "traits");
        }
    }

    /**
     * A matricule with its nature.
     *
     * @param matricule     15 characters ({@code NumIdentifiant} + {@code Cle}), as received: a matricule returned by
     *                      INSi is never rejected on its key (one official test identity has a key that does not
     *                      verify); callers flag it with {@code fr.galien.core.identity.Matricules}
     * @param oid           bare OID as returned ({@code 1.2.250.1.213.1.4.8} NIR, {@code .9} NIA)
     * @param typeMatricule {@code TypeMatricule} when sent, else null
     * @param start         {@code DateDeb}, may be null
     * @param end           {@code DateFin}, may be null
     */
    record InsMatricule(String matricule, String oid, String typeMatricule, LocalDate start, LocalDate end) {
        public InsMatricule {
            Objects.requireNonNull(matricule, "matricule");
            Objects.requireNonNull(oid, "oid");
        }
    }

    /**
     * {@code RECVITALE} ({@code Beneficiaire}): what a Vitale card or the ApCV gives.
     *
     * @param matriculeIndividu the beneficiary's NIR (15 characters) — may be absent on a child's card
     * @param matriculeOuvrantDroit the insured person's NIR (15 characters), who opens the rights
     * @param birthName         {@code NomNaissance}, may be null
     * @param birthDate         {@code DateNaissance} (lunar dates with 00 parts survive)
     * @param rangNaissance     birth rank for twins ({@code RangNaissance}, "1" usually), may be null
     */
    record VitaleQuery(String matriculeIndividu, String matriculeOuvrantDroit, String birthName, BirthDate birthDate,
                       String rangNaissance) {
        public VitaleQuery {
            Objects.requireNonNull(birthDate, "birthDate");
            if (matriculeIndividu == null && matriculeOuvrantDroit == null) {
                throw new IllegalArgumentException("a Vitale search needs a matricule");
            }
        }
    }
}
