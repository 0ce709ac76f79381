package fr.galien.core.identity;

import fr.galien.core.audit.AuditAction;
import fr.galien.core.audit.AuditEvent;
import fr.galien.core.audit.AuditOutcome;
import fr.galien.core.audit.AuditTrail;
import fr.galien.core.audit.AuditedAuthorization;
import fr.galien.core.domain.IdentityAttribute;
import fr.galien.core.domain.Patient;
import fr.galien.core.domain.Sex;
import fr.galien.core.error.SegurException;
import fr.galien.core.identity.InsiSearchOutcome.InsiCall;
import fr.galien.core.identity.InsiSearchOutcome.Operation;
import fr.galien.core.identity.InsiSearchOutcome.Result;
import fr.galien.core.port.CallIdentity;
import fr.galien.core.port.IdentityTraits;
import fr.galien.core.port.InsiPort;
import fr.galien.core.port.InsiPort.CodeCr;
import fr.galien.core.port.InsiPort.InsiResult;
import fr.galien.core.port.InsiPort.VitaleQuery;
import fr.galien.core.port.ProSanteConnectPort.AccessToken;
import fr.galien.core.security.Action;
import fr.galien.core.security.AuthenticationMethod;
import fr.galien.core.security.Caller;
import fr.galien.core.storage.Transactions;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * The INSi call strategy (specs §2.1, as CNDA-validated clients do it), the same for every screen and command:
 * <ol>
 *   <li>the traits are written as INSi reads them ({@link InsText#normalize}) and checked against its lexical rules
 *       before anything goes out ({@code INS-0051..0054});</li>
 *   <li>one call per birth first name, in civil-status order, stopping at the first CR 00;</li>
 *   <li>then, with two first names or more, one call with the full list (one {@code Prenom} holding the first names
 *       separated by spaces, as padoa/tlsi-ins sends it);</li>
 *   <li>a CR 02 never picks an identity: without a birth place the outcome asks for it
 *       ({@link Result#SEVERAL_ADD_BIRTH_PLACE}).</li>
 * </ol>
 * A Vitale/ApCV search is one call. Douteuse and fictive identities are never sent ({@code INS-0050}). Every wire
 * call writes an audit row {@code INSI_CALL} with its CR, or {@code FAILED} with the error code (REM 37) — codes
 * only, no names. The caller needs {@link Action#INS_LOOKUP} (ADR 0012). Nothing about the patient changes here:
 * accepting the identity is {@link IdentityService#acceptInsi}.
 *
 * <p>The identity of each call (ADR 0022, REM INS/PSC.01): a professional authenticated with Pro Santé Connect
 * calls under their own PSC session when the client has a CPS/e-CPS endpoint and the current token is theirs and
 * not expired; every other call (local account, préparateur, command line as OS user, no token, expired token, the
 * PSC endpoint not configured) goes out under the organisation certificate (ADR 0012). The audit row says which
 * ({@code identite=psc} or {@code identite=certificat}).
 *
 * <p>Pure over {@link InsiPort}: no SQL of its own, the audit rows go through {@link AuditTrail}, each in its own
 * short transaction after the call (no transaction is held open during a network call).
 */
public final class InsiSearch {

    private static final Pattern BIRTH_PLACE = Pattern.compile("\\d{5}|2[AB]\\d{3}");

    private final InsiPort insi;
    private final Transactions transactions;
    private final AuditTrail auditTrail;
    private final AuditedAuthorization authorization;
    private final Supplier<Optional<AccessToken>> pscTokens;
    private final Clock clock;

    /** Every call under the organisation certificate (no PSC module, or the CPS/e-CPS mode unused). */
    public InsiSearch(InsiPort insi, Transactions transactions, AuditTrail auditTrail) {
        this(insi, transactions, auditTrail, Optional::empty, Clock.systemUTC());
    }

    /**
     * @param pscTokens the current PSC access token ({@code ProSanteConnectPort::currentAccessToken}), read once per
     *                  search; empty when no professional is connected
     */
    public InsiSearch(InsiPort insi, Transactions transactions, AuditTrail auditTrail,
                      Supplier<Optional<AccessToken>> pscTokens, Clock clock) {
        this.pscTokens = Objects.requireNonNull(pscTokens, "pscTokens");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.insi = Objects.requireNonNull(insi, "insi");
        this.transactions = Objects.requireNonNull(transactions, "transactions");
        this.auditTrail = Objects.requireNonNull(auditTrail, "auditTrail");
        this.authorization = new AuditedAuthorization(transactions, auditTrail);
    }

    /** A search by traits outside any patient file (the CLI's {@code galien ins search}). */
    public InsiSearchOutcome searchByTraits(Caller caller, IdentityTraits traits) {
        return byTraits(caller, null, traits);
    }

    /** A search for a patient with its own strict traits. */
    public InsiSearchOutcome searchForPatient(Caller caller, Patient patient) {
        return searchByTraits(caller, patient, StrictTraits.of(patient));
    }

    /**
     * A search for a patient with traits the user completed on screen (typically the birth place after a CR 02).
     *
     * @throws SegurException {@code INS-0050} douteuse or fictive identity; {@code INS-0051..0054} traits INSi would
     *                        refuse; the connector's codes when INSi fails
     */
    public InsiSearchOutcome searchByTraits(Caller caller, Patient patient, IdentityTraits traits) {
        Objects.requireNonNull(patient, "patient");
        return byTraits(caller, patient, traits);
    }

    /** A Vitale card or ApCV search outside any patient file. */
    public InsiSearchOutcome searchWithVitale(Caller caller, VitaleQuery query) {
        return withVitale(caller, null, query);
    }

    /** A Vitale card or ApCV search for a patient. */
    public InsiSearchOutcome searchWithVitale(Caller caller, Patient patient, VitaleQuery query) {
        Objects.requireNonNull(patient, "patient");
        return withVitale(caller, patient, query);
    }

    private InsiSearchOutcome byTraits(Caller caller, Patient patient, IdentityTraits traits) {
        Objects.requireNonNull(traits, "traits");
        UUID patientId = allow(caller, patient);
        IdentityTraits normalized = asInsiReadsThem(traits);
        CallIdentity identity = identityFor(caller);
        boolean withPlace = normalized.birthPlaceCode() != null;
        List<List<String>> attempts = new ArrayList<>();
        for (String firstName : normalized.firstNames()) {
            attempts.add(List.of(firstName));
        }
        if (normalized.firstNames().size() > 1) {
            attempts.add(List.of(String.join(" ", normalized.firstNames())));
        }
        List<InsiCall> calls = new ArrayList<>();
        boolean several = false;
        for (List<String> firstNames : attempts) {
            IdentityTraits sent = new IdentityTraits(normalized.birthName(), firstNames, normalized.sex(),
                    normalized.birthDate(), normalized.birthPlaceCode());
            InsiResult answer = call(caller, patientId, "op=traits essai=" + (calls.size() + 1) + "/" + attempts.size()
                    + " lieu=" + (withPlace ? "oui" : "non") + label(identity),
                    () -> insi.searchByTraits(caller, identity, sent));
            calls.add(new InsiCall(Operation.TRAITS, firstNames, withPlace, answer.cr(), answer.libelle()));
            if (answer.cr() == CodeCr.UNE_IDENTITE) {
                return new InsiSearchOutcome(Result.FOUND, answer.identity(), calls);
            }
            several |= answer.cr() == CodeCr.PLUSIEURS_IDENTITES;
        }
        if (several) {
            return new InsiSearchOutcome(withPlace ? Result.SEVERAL : Result.SEVERAL_ADD_BIRTH_PLACE, Optional.empty(),
                    calls);
        }
        return new InsiSearchOutcome(Result.NOT_FOUND, Optional.empty(), calls);
    }

    private InsiSearchOutcome withVitale(Caller caller, Patient patient, VitaleQuery query) {
        Objects.requireNonNull(query, "query");
        UUID patientId = allow(caller, patient);
        CallIdentity identity = identityFor(caller);
        InsiResult answer = call(caller, patientId, "op=vitale" + label(identity),
                () -> insi.searchWithVitale(caller, identity, query));
        List<InsiCall> calls = List.of(new InsiCall(Operation.VITALE, List.of(), false, answer.cr(), answer.libelle()));
        return switch (answer.cr()) {
            case UNE_IDENTITE -> new InsiSearchOutcome(Result.FOUND, answer.identity(), calls);
            case AUCUNE_IDENTITE -> new InsiSearchOutcome(Result.NOT_FOUND, Optional.empty(), calls);
            case PLUSIEURS_IDENTITES -> new InsiSearchOutcome(Result.SEVERAL, Optional.empty(), calls);
        };
    }

    /**
     * The professional's PSC session when the caller is that professional, authenticated with PSC, with a token
     * that is theirs and still valid, and the client has a CPS/e-CPS endpoint; else the organisation certificate.
     * Never another person's token: a préparateur (local account) calls under the organisation certificate.
     */
    CallIdentity identityFor(Caller caller) {
        if (caller.authentication() != AuthenticationMethod.PSC || !insi.acceptsProfessionalSession()) {
            return CallIdentity.organisationCertificate();
        }
        return pscTokens.get()
                .filter(token -> caller.userId().equals("psc:" + token.nationalId()))
                .filter(token -> token.expiresAt() == null || token.expiresAt().isAfter(clock.instant()))
                .map(CallIdentity::professional)
                .orElseGet(CallIdentity::organisationCertificate);
    }

    private static String label(CallIdentity identity) {
        return identity instanceof CallIdentity.ProfessionalSession ? " identite=psc" : " identite=certificat";
    }

    /** Permission first (audited when refused), then the RNIV block on douteuse/fictive identities. */
    private UUID allow(Caller caller, Patient patient) {
        Objects.requireNonNull(caller, "caller");
        UUID patientId = patient == null ? null : patient.id();
        authorization.require(caller, Action.INS_LOOKUP, AuditAction.INSI_CALL, patientId);
        if (patient != null) {
            Optional<IdentityAttribute> blocking = IdentityRules.blocking(patient.attributes());
            if (blocking.isPresent()) {
                throw new SegurException(InsError.INS_0050, blocking.get().code());
            }
        }
        return patientId;
    }

    /** One wire call, audited with its CR or its error code; no transaction is open while it runs. */
    private InsiResult call(Caller caller, UUID patientId, String what, WireCall wire) {
        InsiResult answer;
        try {
            answer = wire.call();
        } catch (RuntimeException failure) {
            String code = failure instanceof SegurException coded ? coded.code() : failure.getClass().getSimpleName();
            audit(new AuditEvent(caller, patientId, AuditAction.INSI_CALL, AuditOutcome.FAILED,
                    what + " erreur=" + code));
            throw failure;
        }
        audit(new AuditEvent(caller, patientId, AuditAction.INSI_CALL, AuditOutcome.SUCCESS,
                what + " cr=" + answer.cr().code()));
        return answer;
    }

    private void audit(AuditEvent event) {
        transactions.inTransaction(connection -> {
            auditTrail.append(connection, event);
            return null;
        });
    }

    /** The traits as INSi reads them, or the lexical rule they break (specs §2.1 "lexical validation"). */
    static IdentityTraits asInsiReadsThem(IdentityTraits traits) {
        String birthName = InsText.normalize(traits.birthName());
        if (!InsText.isInsiName(birthName)) {
            throw new SegurException(InsError.INS_0051);
        }
        List<String> firstNames = new ArrayList<>();
        for (String firstName : traits.firstNames()) {
            String normalized = InsText.normalize(firstName);
            if (!InsText.isInsiName(normalized)) {
                throw new SegurException(InsError.INS_0052);
            }
            firstNames.add(normalized);
        }
        if (firstNames.isEmpty()) {
            throw new SegurException(InsError.INS_0052);
        }
        if (traits.sex() != Sex.M && traits.sex() != Sex.F) {
            throw new SegurException(InsError.INS_0053);
        }
        Objects.requireNonNull(traits.birthDate(), "birthDate");
        String place = traits.birthPlaceCode() == null || traits.birthPlaceCode().isBlank() ? null
                : traits.birthPlaceCode().strip().toUpperCase(Locale.ROOT);
        if (place != null && !BIRTH_PLACE.matcher(place).matches()) {
            throw new SegurException(InsError.INS_0054);
        }
        return new IdentityTraits(birthName, firstNames, traits.sex(), traits.birthDate(), place);
    }

    @FunctionalInterface
    private interface WireCall {
        InsiResult call();
    }
}
