package fr.galien.ins.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import fr.galien.core.domain.BirthDate;
import fr.galien.core.domain.Sex;
import fr.galien.core.error.SegurException;
import fr.galien.core.port.CallIdentity;
import fr.galien.core.port.IdentityTraits;
import fr.galien.core.port.InsiPort.CodeCr;
import fr.galien.core.port.ProSanteConnectPort.AccessToken;
import fr.galien.core.security.Caller;
import fr.galien.core.security.Role;
import fr.galien.ins.InsiSettings;
import fr.galien.ins.InsiSoapClient;
import fr.galien.sandbox.insi.InsiCall;
import fr.galien.sandbox.insi.InsiSimulator;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * ADR 0022, REM INS/PSC.01: the real INSi client calling under the professional's PSC session (token in
 * {@code wsse:Security}, CPS/e-CPS endpoint — the sandbox contract) and under the organisation certificate, and the
 * simulator's journal naming the identity of each call; an expired or missing token refused with its fault.
 */
class InsiUnderPscAgainstSimulatorTest {

    private static final Instant NOW = Instant.parse("2026-03-01T09:00:00Z");
    private static final String NATIONAL_ID = "899900000001";
    private static final Caller DOCTOR = Caller.pscProfessional(NATIONAL_ID, "Médecin Test", Role.MEDECIN, "poste-1");
    private static final IdentityTraits ADRUN =
            new IdentityTraits("ADRUN", List.of("ZOE"), Sex.F, new BirthDate(1975, 12, 31), "63220");

    private InsiSimulator simulator;

    @BeforeEach
    void start() throws Exception {
        simulator = new InsiSimulator(Clock.fixed(NOW, ZoneOffset.UTC));
        simulator.start(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
    }

    @AfterEach
    void stop() {
        simulator.stop();
    }

    @Test
    void callUnderThePscSessionCarriesTheTokenAndTheJournalNamesTheProfessional() {
        InsiSoapClient client = client();
        String token = jwt(NATIONAL_ID, NOW.plusSeconds(300));

        assertThat(client.acceptsProfessionalSession()).isTrue();
        var result = client.searchByTraits(DOCTOR, CallIdentity.professional(accessToken(token)), ADRUN);

        assertThat(result.cr()).isEqualTo(CodeCr.UNE_IDENTITE);
        InsiCall call = lastCall();
        assertThat(call.identity()).isEqualTo("psc:" + NATIONAL_ID);
        assertThat(call.request()).contains("BinarySecurityToken", InsiSettings.SANDBOX_PSC_TOKEN_TYPE,
                "(jeton masqué)").doesNotContain(token);
    }

    @Test
    void callUnderTheOrganisationCertificateSendsNoTokenAndIsJournalledSo() {
        InsiSoapClient client = client();

        var result = client.searchByTraits(DOCTOR, CallIdentity.organisationCertificate(), ADRUN);

        assertThat(result.cr()).isEqualTo(CodeCr.UNE_IDENTITE);
        assertThat(lastCall().identity()).isEqualTo("certificat-organisation");
        assertThat(lastCall().request()).doesNotContain("Security");
    }

    @Test
    void expiredTokenIsRefusedWithTheAuthenticationFault() {
        InsiSoapClient client = client();
        AccessToken expired = accessToken(jwt(NATIONAL_ID, NOW.minusSeconds(60)));

        SegurException error = catchThrowableOfType(
                () -> client.searchByTraits(DOCTOR, CallIdentity.professional(expired), ADRUN), SegurException.class);

        assertThat(error.code()).isEqualTo("INS-0103");
        assertThat(error.getMessage()).contains("siram_94");
        assertThat(lastCall().outcome()).isEqualTo("siram_94/desir_594");
        assertThat(lastCall().identity()).isNull();
    }

    @Test
    void malformedTokenOrNoTokenOnTheCpsEndpointIsRefused() {
        InsiSoapClient client = client();
        SegurException malformed = catchThrowableOfType(() -> client.searchByTraits(DOCTOR,
                CallIdentity.professional(accessToken("pas-un-jwt")), ADRUN), SegurException.class);
        // A client that sends to the CPS/e-CPS endpoint without a token.
        InsiSoapClient misconfigured = new InsiSoapClient(InsiSettings.forEndpoint(simulator.cpsUrl()),
                Clock.systemUTC());
        SegurException missing = catchThrowableOfType(() -> misconfigured.searchByTraits(DOCTOR, ADRUN),
                SegurException.class);

        assertThat(malformed.getMessage()).contains("siram_94");
        assertThat(missing.getMessage()).contains("siram_94");
    }

    @Test
    void pscCallWithoutACpsEndpointIsNotSentUnderTheCertificateInstead() {
        InsiSoapClient client = new InsiSoapClient(InsiSettings.forEndpoint(simulator.lpsUrl()), Clock.systemUTC());
        AccessToken token = accessToken(jwt(NATIONAL_ID, NOW.plusSeconds(300)));

        assertThat(client.acceptsProfessionalSession()).isFalse();
        SegurException error = catchThrowableOfType(
                () -> client.searchByTraits(DOCTOR, CallIdentity.professional(token), ADRUN), SegurException.class);

        assertThat(error.code()).isEqualTo("INS-0115");
        assertThat(simulator.journal().count()).isZero();
    }

    private InsiSoapClient client() {
        return new InsiSoapClient(InsiSettings.forEndpoint(simulator.lpsUrl()).withPscEndpoint(simulator.cpsUrl()),
                Clock.systemUTC());
    }

    private InsiCall lastCall() {
        List<InsiCall> calls = simulator.journal().lastCalls();
        return calls.get(calls.size() - 1);
    }

    private static AccessToken accessToken(String value) {
        return new AccessToken(value, NOW.plusSeconds(300), NATIONAL_ID);
    }

    /** An unsigned JWT with invented claims: the simulator checks its claims, not its signature (ADR 0022). */
    private static String jwt(String nationalId, Instant exp) {
        Base64.Encoder b64 = Base64.getUrlEncoder().withoutPadding();
        String header = b64.encodeToString("{\"alg\":\"none\"}".getBytes(StandardCharsets.UTF_8));
        String claims = b64.encodeToString(("{\"sub\":\"f:invente\",\"SubjectNameID\":\"" + nationalId
                + "\",\"exp\":" + exp.getEpochSecond() + "}").getBytes(StandardCharsets.UTF_8));
        return header + "." + claims + ".";
    }
}
