package fr.galien.mssante.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import fr.galien.core.error.SegurException;
import fr.galien.core.mssante.MimeReader;
import fr.galien.core.mssante.ReceivedMail;
import fr.galien.core.port.MssantePort;
import fr.galien.core.port.MssantePort.OutgoingMail;
import fr.galien.core.port.ProSanteConnectPort.AccessToken;
import fr.galien.mssante.MssClients;
import fr.galien.sandbox.insi.TestIdentities;
import fr.galien.sandbox.mssante.MssModes;
import fr.galien.sandbox.mssante.MssSimulator;
import fr.galien.sandbox.psc.TestProfessionals;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The real Jakarta Mail client against the operator simulator: STARTTLS, XOAUTH2, the space rule, DSN, MDN. */
class MailAgainstSimulatorTest {

    static MssSimulator simulator;
    static String doctor;
    static final AtomicReference<Optional<AccessToken>> TOKEN = new AtomicReference<>();

    @BeforeAll
    static void start() throws Exception {
        simulator = new MssSimulator();
        simulator.start(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
        doctor = simulator.mailboxOf(TestProfessionals.MEDECIN_GENERALISTE.nationalId()).orElseThrow();
    }

    @AfterAll
    static void stop() throws Exception {
        simulator.stop();
    }

    @AfterEach
    void healthy() {
        simulator.modes().reset();
        TOKEN.set(Optional.of(token(TestProfessionals.MEDECIN_GENERALISTE.nationalId())));
    }

    static AccessToken token(String nationalId) {
        JWTClaimsSet claims = new JWTClaimsSet.Builder().subject("f:" + nationalId).claim("SubjectNameID", nationalId)
                .issuer("http://127.0.0.1/psc").expirationTime(Date.from(Instant.now().plusSeconds(600))).build();
        return new AccessToken(new PlainJWT(claims).serialize(), Instant.now().plusSeconds(600), nationalId);
    }

    static MssantePort client() {
        if (TOKEN.get() == null) {
            TOKEN.set(Optional.of(token(TestProfessionals.MEDECIN_GENERALISTE.nationalId())));
        }
        return MssClients.client(simulator.settingsOverrides(), TOKEN::get, Clock.systemUTC());
    }

    static OutgoingMail mail(String to, Map<String, String> headers) {
        return new OutgoingMail(UUID.randomUUID() + "@medecin.mssante.fr", doctor, "Dr Sophie GENERALISTETEST",
                List.of(to), "Avis sur un patient", "Bonjour,\nPouvez-vous le voir ?", headers,
                Optional.of(doctor), List.of());
    }

    @Test
    void professionalToProfessionalIsDeliveredOnceWithItsHeadersAndAnswered() throws Exception {
        MssantePort client = client();
        OutgoingMail mail = mail("dr.correspondant@hopital-sim.mssante.fr", Map.of("X-MSS-NIL", "GALIEN-TEST"));

        MssantePort.SendReceipt first = client.send(mail);
        MssantePort.SendReceipt again = client.send(mail);

        assertThat(first.alreadySent()).isFalse();
        assertThat(again.alreadySent()).isTrue();
        List<Map<String, Object>> accepted = simulator.journal().stream()
                .filter(row -> mail.messageId().equals(row.get("messageId"))).toList();
        assertThat(accepted).hasSize(1);
        @SuppressWarnings("unchecked")
        Map<String, String> headers = (Map<String, String>) accepted.get(0).get("headers");
        assertThat(headers).containsEntry("x-mss-nil", "GALIEN-TEST")
                .containsKey("disposition-notification-to").containsKey("return-receipt-to");
        List<MssantePort.MessageSummary> inbox = client.messages(doctor, "INBOX", null, 50);
        List<ReceivedMail> read = inbox.stream().map(s -> MimeReader.read(client.fetch(doctor, "INBOX", s.uid(),
                1_000_000).content())).toList();
        assertThat(read).anySatisfy(r -> {
            assertThat(r.inReplyTo()).isEqualTo(mail.messageId());
            assertThat(r.subject()).startsWith("Re: Avis");
        });
        assertThat(read).anySatisfy(r -> {
            assertThat(r.report()).isPresent();
            assertThat(r.report().get().kind()).isEqualTo(ReceivedMail.ReportKind.DELIVERY);
            assertThat(r.report().get().originalMessageId()).isEqualTo(mail.messageId());
        });
        assertThat(read).anySatisfy(r -> assertThat(r.report()).hasValueSatisfying(report -> {
            assertThat(report.kind()).isEqualTo(ReceivedMail.ReportKind.DISPOSITION);
            assertThat(report.status()).contains("displayed");
        }));
        assertThat(client.folders(doctor)).extracting(MssantePort.Folder::name).contains("INBOX", "Sent");
    }

    @Test
    void toThePatientMonEspaceSanteAddressTheMailArrivesWithItsHeaders() {
        String patient = TestIdentities.ADRUN_ZOE.matricule15() + "@patient.mssante.fr";
        OutgoingMail mail = mail(patient, Map.of("X-MSS-NIL", "GALIEN-TEST", "X-MSS-MES", "FIN"));

        client().send(mail);

        List<byte[]> inbox = simulator.inbox(patient);
        assertThat(inbox).anySatisfy(raw -> {
            ReceivedMail received = MimeReader.read(raw);
            assertThat(received.messageId()).isEqualTo(mail.messageId());
            assertThat(received.headers()).containsEntry("X-MSS-MES", "FIN").containsEntry("X-MSS-NIL", "GALIEN-TEST");
            assertThat(received.from()).isEqualTo(doctor);
        });
    }

    @Test
    void anUnknownMailboxBouncesWithADeliveryFailure() {
        OutgoingMail mail = mail("personne.inconnue@medecin.mssante.fr", Map.of("X-MSS-NIL", "GALIEN-TEST"));
        MssantePort client = client();

        client.send(mail);

        assertThat(client.messages(doctor, "INBOX", null, 100)).anySatisfy(s -> {
            ReceivedMail r = MimeReader.read(client.fetch(doctor, "INBOX", s.uid(), 1_000_000).content());
            assertThat(r.report()).hasValueSatisfying(report -> {
                assertThat(report.failure()).isTrue();
                assertThat(report.originalMessageId()).isEqualTo(mail.messageId());
            });
        });
    }

    @Test
    void aRecipientOutsideTheMssanteSpaceIsRefusedByTheOperator() {
        SegurException refused = catchThrowableOfType(SegurException.class,
                () -> client().send(mail("someone@gmail.com", Map.of())));

        assertThat(refused.code()).isEqualTo("MSS-0104");
    }

    @Test
    void someoneElsesMailboxIsRefusedAtAuthentication() {
        TOKEN.set(Optional.of(token(TestProfessionals.INFIRMIER.nationalId())));

        SegurException refused = catchThrowableOfType(SegurException.class,
                () -> client().send(mail("dr.correspondant@hopital-sim.mssante.fr", Map.of())));

        assertThat(refused.code()).isEqualTo("MSS-0102");
    }

    @Test
    void withoutAProSanteConnectTokenNothingIsOpened() {
        TOKEN.set(Optional.empty());

        SegurException refused = catchThrowableOfType(SegurException.class, () -> client().folders(doctor));

        assertThat(refused.code()).isEqualTo("MSS-0103");
    }

    @Test
    void anOperatorDownIsATransientFailure() {
        simulator.modes().setMode(MssModes.Mode.DOWN);

        SegurException refused = catchThrowableOfType(SegurException.class,
                () -> client().send(mail("dr.correspondant@hopital-sim.mssante.fr", Map.of())));

        assertThat(refused.code()).isEqualTo("MSS-0101");
    }

    @Test
    void theAnnuaireFindsProfessionalsWithTheirMssanteAddresses() {
        List<MssantePort.DirectoryEntry> found = client().searchDirectory("generaliste", 10);

        assertThat(found).anySatisfy(entry -> {
            assertThat(entry.address()).isEqualTo(doctor);
            assertThat(entry.type()).isEqualTo("PER");
            assertThat(entry.profession()).isEqualTo("10");
        });
        assertThat(client().mailboxes()).extracting(MssantePort.Mailbox::address).contains(doctor);
    }

    static Duration unused() {
        return Duration.ZERO;
    }
}
