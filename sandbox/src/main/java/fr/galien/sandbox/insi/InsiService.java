package fr.galien.sandbox.insi;

import fr.galien.kit.xml.XmlNode;
import fr.galien.kit.xml.XmlRefusedException;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The INSi service behind {@code /insi/lps}, without HTTP: checks one SOAP 1.2 request as the real front would
 * (envelope, context headers, action, body against the schema and the functional rules), then searches the
 * {@link IdentityBase} and answers RESULTAT, or answers the fault the first broken rule calls for.
 */
final class InsiService {

    private static final String OPERATION_TRAITS = "rechercherInsAvecTraitsIdentite";
    private static final String OPERATION_VITALE = "rechercherInsAvecCarteVitale";

    private final IdentityBase base;
    private final InsiModes modes;

    /** What the journal records for a call under the organisation certificate (mutual TLS, INSI-AUTO/MANU). */
    static final String ORGANISATION = "certificat-organisation";

    private final PscTokenCheck tokens;
    private final boolean cpsEndpoint;

    InsiService(IdentityBase base, InsiModes modes) {
        this(base, modes, Clock.systemUTC(), false);
    }

    /**
     * @param cpsEndpoint the CPS/e-CPS endpoint: every call must carry a valid PSC access token (ADR 0022); on the
     *                    mutual-TLS endpoint a call without one is under the organisation certificate
     */
    InsiService(IdentityBase base, InsiModes modes, Clock clock, boolean cpsEndpoint) {
        this.base = base;
        this.modes = modes;
        this.tokens = new PscTokenCheck(clock);
        this.cpsEndpoint = cpsEndpoint;
    }

    InsiAnswer answer(byte[] request, String contentType) {
        String operation = null;
        String messageId = null;
        String identity = null;
        try {
            if (modes.mode() == InsiMode.PANNE) {
                messageId = messageIdIfReadable(request);
                throw InsiFault.SERVICE_INDISPONIBLE.raise(
                        "L'appel au service de recherche renvoie une erreur technique.", 503);
            }
            String contentTypeAction = soapContentTypeAction(contentType);
            SoapEnvelope envelope = SoapEnvelope.of(parse(request));
            messageId = ContextCheck.messageId(envelope.headers()).orElse(null);
            String action = ContextCheck.action(envelope.headers(), contentTypeAction);
            operation = action.equals(InsiNames.ACTION_TRAITS) ? OPERATION_TRAITS : OPERATION_VITALE;
            Optional<String> token = ContextCheck.check(envelope.headers(), modes.unknownIdams());
            identity = cpsEndpoint || token.isPresent() ? tokens.professional(token) : ORGANISATION;
            List<TestIdentity> matches = search(action, envelope.body());
            SoapWriter.CodeCr cr = SoapWriter.CodeCr.of(matches.size());
            return new InsiAnswer(200, SoapWriter.resultat(matches, modes.testOid()), operation, messageId,
                    "CR " + cr.code, identity);
        } catch (InsiFaultException e) {
            InsiFault fault = e.fault();
            String outcome = fault.subcode == null ? fault.code.qname : fault.subcode + "/" + fault.errorCode;
            return new InsiAnswer(e.httpStatus(), SoapWriter.fault(fault, e.detail(), messageId), operation,
                    messageId, outcome, identity);
        }
    }

    /** The answer when the request is refused before being read (too big, wrong media type). */
    static InsiAnswer refusedUnread(InsiFault fault, String detail, int httpStatus) {
        return new InsiAnswer(httpStatus, SoapWriter.fault(fault, detail, null), null, null,
                fault.subcode + "/" + fault.errorCode, null);
    }

    private List<TestIdentity> search(String action, XmlNode body) {
        try {
            if (action.equals(InsiNames.ACTION_TRAITS)) {
                requireBody(body, InsiNames.RECSANS, "RECSANSVITALE", action);
                return base.search(RequestReader.traits(body));
            }
            requireBody(body, InsiNames.RECVIT, "RECVITALE", action);
            return base.search(RequestReader.vitale(body));
        } catch (SchemaViolationException e) {
            throw InsiFault.REQUETE_NON_CONFORME.raise(e.getMessage());
        }
    }

    private static void requireBody(XmlNode body, String ns, String name, String action) {
        if (!body.is(ns, name)) {
            throw InsiFault.OPERATION_INCONNUE.raise("Le corps « " + body.localName()
                    + " » ne correspond pas à l'action « " + action + " » (attendu : " + name + ").");
        }
    }

    /** During an outage every request fails alike; its MessageID is still echoed when it can be read. */
    private static String messageIdIfReadable(byte[] request) {
        try {
            return ContextCheck.messageId(SoapEnvelope.of(RequestXml.READER.read(request)).headers()).orElse(null);
        } catch (XmlRefusedException | InsiFaultException e) {
            return null;
        }
    }

    private static XmlNode parse(byte[] request) {
        try {
            return RequestXml.READER.read(request);
        } catch (XmlRefusedException e) {
            throw InsiFault.MESSAGE_ILLISIBLE.raise(e.userMessage());
        }
    }

    /**
     * SOAP 1.2 over HTTP is {@code application/soap+xml} (RFC 3902); its optional {@code action} parameter must
     * agree with wsa:Action. Returns that parameter, or null.
     */
    static String soapContentTypeAction(String contentType) {
        if (contentType == null
                || !contentType.strip().toLowerCase(Locale.ROOT).startsWith("application/soap+xml")) {
            throw InsiFault.MESSAGE_ILLISIBLE.raise("Le type de contenu doit être application/soap+xml (SOAP 1.2), "
                    + "reçu : « " + contentType + " ».", 415);
        }
        for (String parameter : contentType.split(";")) {
            String trimmed = parameter.strip();
            if (trimmed.toLowerCase(Locale.ROOT).startsWith("action=")) {
                String value = trimmed.substring("action=".length()).strip();
                if (value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")) {
                    value = value.substring(1, value.length() - 1);
                }
                return value;
            }
        }
        return null;
    }
}
