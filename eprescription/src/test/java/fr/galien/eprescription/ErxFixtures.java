package fr.galien.eprescription;

import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import fr.galien.core.domain.BirthDate;
import fr.galien.core.domain.Sex;
import fr.galien.core.port.CallIdentity;
import fr.galien.core.port.EPrescriptionPort.CodeSystem;
import fr.galien.core.port.EPrescriptionPort.Dispensation;
import fr.galien.core.port.EPrescriptionPort.DispensedLine;
import fr.galien.core.port.EPrescriptionPort.Completeness;
import fr.galien.core.port.EPrescriptionPort.Dispenser;
import fr.galien.core.port.EPrescriptionPort.NewPrescription;
import fr.galien.core.port.EPrescriptionPort.PeriodUnit;
import fr.galien.core.port.EPrescriptionPort.Posology;
import fr.galien.core.port.EPrescriptionPort.PrescribedLine;
import fr.galien.core.port.EPrescriptionPort.Prescriber;
import fr.galien.core.port.EPrescriptionPort.Product;
import fr.galien.core.port.EPrescriptionPort.StructuredPosology;
import fr.galien.core.port.IdentityTraits;
import fr.galien.core.port.ProSanteConnectPort.AccessToken;
import fr.galien.core.port.QualifiedIns;
import fr.galien.core.security.Caller;
import fr.galien.core.security.Role;
import java.math.BigDecimal;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Invented or official test data (specs §2.4) for the e-prescription tests. */
public final class ErxFixtures {

    /** A test physician's idNat_PS (8 + RPPS) and a test pharmacist's. */
    public static final String DOCTOR = "899700218896";
    public static final String PHARMACIST = "899700367917";
    public static final Caller DOCTOR_CALLER = Caller.pscProfessional(DOCTOR, "Dr Test", Role.MEDECIN, "poste-1");
    public static final Caller PHARMACIST_CALLER = Caller.pscProfessional(PHARMACIST, "Pharmacien Test",
            Role.PHARMACIEN_TITULAIRE, "comptoir-1");

    /** Doliprane 1000 mg, boîte de 8 (CIP13), and a paracetamol generic of the same group. */
    public static final Product DOLIPRANE = new Product(CodeSystem.CIP13, "3400935955838",
            "DOLIPRANE 1000 mg, comprimé");
    public static final String GENERIC_CIP13 = "3400936403116";
    public static final Product AMOXICILLINE = new Product(CodeSystem.CIP13, "3400934998331",
            "AMOXICILLINE 1 g, comprimé dispersible");

    private ErxFixtures() {
    }

    /** A PSC access token as the sandbox's PSC simulator shapes it (unsigned here: the simulator does not verify). */
    public static AccessToken token(String nationalId, Instant expiresAt) {
        JWTClaimsSet claims = new JWTClaimsSet.Builder().subject("f:550dc1c8:" + nationalId)
                .claim("SubjectNameID", nationalId).expirationTime(Date.from(expiresAt)).build();
        return new AccessToken(new PlainJWT(claims).serialize(), expiresAt, nationalId);
    }

    public static CallIdentity as(String nationalId) {
        return CallIdentity.professional(token(nationalId, Instant.now().plus(1, ChronoUnit.HOURS)));
    }

    public static QualifiedIns adrun() {
        return new QualifiedIns(UUID.nameUUIDFromBytes("adrun".getBytes()), "275126322074974",
                "1.2.250.1.213.1.4.10", new IdentityTraits("ADRUN", List.of("ZOE"), Sex.F,
                BirthDate.parseIso("1975-12-31").orElseThrow(), "63220"));
    }

    public static Prescriber prescriber() {
        return new Prescriber(DOCTOR, "MEDECIN", "PAUL", "10", "10B0123456", "Cabinet du Parc");
    }

    public static PrescribedLine line(int number, Product product, String quantity, int renewals,
                                      boolean nonSubstitutable) {
        return new PrescribedLine(number, product, new Posology("1 comprimé 3 fois par jour pendant 5 jours",
                Optional.of(new StructuredPosology(BigDecimal.ONE, "comprimé", 3, 1, PeriodUnit.DAY))),
                new BigDecimal(quantity), "boîte", 5, renewals, nonSubstitutable, false);
    }

    public static NewPrescription prescription(PrescribedLine... lines) {
        return new NewPrescription(UUID.randomUUID(), adrun(), prescriber(),
                Instant.parse("2026-12-07T10:15:00Z"), List.of(lines));
    }

    public static Dispensation dispensation(String prescriptionId, DispensedLine... lines) {
        return new Dispensation(UUID.randomUUID(), prescriptionId,
                new Dispenser(PHARMACIST, "2A0012345", "Pharmacie de la Gare"), Instant.parse("2026-12-08T09:00:00Z"),
                List.of(lines));
    }

    public static DispensedLine given(int line, String quantity, Completeness completeness) {
        return new DispensedLine(line, new BigDecimal(quantity), completeness, null, null);
    }

    public static FhirEPrescriptionClient client(URI fhirBase) {
        return new FhirEPrescriptionClient(ErxSettings.forEndpoint(fhirBase), Clock.systemUTC());
    }
}
