package fr.galien.eprescription;

import static fr.galien.eprescription.FhirWire.*;

import fr.galien.core.domain.BirthDate;
import fr.galien.core.domain.Sex;
import fr.galien.core.error.SegurException;
import fr.galien.core.port.EPrescriptionPort.CodeSystem;
import fr.galien.core.port.EPrescriptionPort.Completeness;
import fr.galien.core.port.EPrescriptionPort.DispensedLine;
import fr.galien.core.port.EPrescriptionPort.Dispenser;
import fr.galien.core.port.EPrescriptionPort.EPrescription;
import fr.galien.core.port.EPrescriptionPort.NewPrescription;
import fr.galien.core.port.EPrescriptionPort.NotDispensedReason;
import fr.galien.core.port.EPrescriptionPort.PatientOnPrescription;
import fr.galien.core.port.EPrescriptionPort.PeriodUnit;
import fr.galien.core.port.EPrescriptionPort.Posology;
import fr.galien.core.port.EPrescriptionPort.PrescribedLine;
import fr.galien.core.port.EPrescriptionPort.Prescriber;
import fr.galien.core.port.EPrescriptionPort.Product;
import fr.galien.core.port.EPrescriptionPort.RecordedDispensation;
import fr.galien.core.port.EPrescriptionPort.Status;
import fr.galien.core.port.EPrescriptionPort.StructuredPosology;
import fr.galien.core.port.IdentityTraits;
import fr.galien.core.port.QualifiedIns;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.hl7.fhir.r4.model.Address;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.DateType;
import org.hl7.fhir.r4.model.Dosage;
import org.hl7.fhir.r4.model.Duration;
import org.hl7.fhir.r4.model.Enumerations.AdministrativeGender;
import org.hl7.fhir.r4.model.Extension;
import org.hl7.fhir.r4.model.HumanName;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.MarkdownType;
import org.hl7.fhir.r4.model.MedicationDispense;
import org.hl7.fhir.r4.model.MedicationRequest;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Practitioner;
import org.hl7.fhir.r4.model.PractitionerRole;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.RequestGroup;
import org.hl7.fhir.r4.model.Resource;
import org.hl7.fhir.r4.model.SimpleQuantity;
import org.hl7.fhir.r4.model.StringType;
import org.hl7.fhir.r4.model.Timing;

/**
 * Our prescription records ↔ the FHIR Bundle of the sandbox contract (docs/eprescription.md), after the ANS
 * ePrescription IG: a {@code collection} Bundle identified by the request id, holding one
 * {@code fr-requestgroup-for-prescription} (the ordonnance), one {@code fr-medicationrequest} per line, the patient
 * ({@code fr-core-patient-ins}: a qualified INS only), the prescriber ({@code fr-core-practitioner}, idNat_PS and
 * RPPS) and their exercise ({@code PractitionerRole}). The service numbers it: the identifier goes into
 * {@code groupIdentifier} ({@code urn:oid:1.2.250.1.215.500.1.1}), each line gets {@code <identifier>-<n>}.
 *
 * <p>Building is deterministic (full URLs are name-based UUIDs of the request id, no clock): the same request gives
 * the same bytes, which is what {@code galien erx export} shows and what the outbox resends.
 */
final class FhirPrescriptions {

    private FhirPrescriptions() {
    }

    // ---- building -----------------------------------------------------------------------------------------

    static Bundle toBundle(NewPrescription rx) {
        String requestUrn = "urn:uuid:" + rx.requestId();
        Bundle bundle = new Bundle();
        bundle.setType(Bundle.BundleType.COLLECTION);
        bundle.setIdentifier(new Identifier().setSystem(URN_IETF).setValue(requestUrn));
        bundle.setTimestamp(Date.from(rx.authoredOn()));

        String patientUrl = fullUrl(rx.requestId(), "patient");
        String practitionerUrl = fullUrl(rx.requestId(), "practitioner");
        String roleUrl = fullUrl(rx.requestId(), "practitioner-role");

        RequestGroup group = new RequestGroup();
        group.getMeta().addProfile(PROFILE_REQUEST_GROUP);
        group.addIdentifier().setSystem(URN_IETF).setValue(requestUrn);
        group.setGroupIdentifier(new Identifier().setSystem(URN_IETF).setValue(requestUrn));
        group.setStatus(RequestGroup.RequestStatus.ACTIVE);
        group.setIntent(RequestGroup.RequestIntent.ORDER);
        group.setSubject(new Reference(patientUrl));
        group.setAuthoredOnElement(new DateTimeType(Date.from(rx.authoredOn())));
        group.setAuthor(new Reference(practitionerUrl));
        bundle.addEntry().setFullUrl(fullUrl(rx.requestId(), "request-group")).setResource(group);

        for (PrescribedLine line : rx.lines()) {
            String lineUrl = fullUrl(rx.requestId(), "line-" + line.number());
            group.addAction().setPrefix(Integer.toString(line.number())).setResource(new Reference(lineUrl));
            bundle.addEntry().setFullUrl(lineUrl)
                    .setResource(toMedicationRequest(rx, line, patientUrl, practitionerUrl));
        }
        bundle.addEntry().setFullUrl(patientUrl).setResource(toPatient(rx.patient()));
        bundle.addEntry().setFullUrl(practitionerUrl).setResource(toPractitioner(rx.prescriber()));
        bundle.addEntry().setFullUrl(roleUrl).setResource(toRole(rx.prescriber(), practitionerUrl));
        return bundle;
    }

    private static MedicationRequest toMedicationRequest(NewPrescription rx, PrescribedLine line, String patientUrl,
                                                         String practitionerUrl) {
        MedicationRequest request = new MedicationRequest();
        request.getMeta().addProfile(PROFILE_MEDICATION_REQUEST);
        request.addExtension(EXT_RENDERED_DOSAGE, new MarkdownType(line.posology().text()));
        request.addIdentifier().setSystem(URN_IETF).setValue(fullUrl(rx.requestId(), "line-" + line.number()));
        request.setStatus(MedicationRequest.MedicationRequestStatus.ACTIVE);
        request.setIntent(MedicationRequest.MedicationRequestIntent.ORDER);
        request.addCategory(new CodeableConcept(new Coding(CS_ALD, line.ald() ? "ALD" : "HORS-ALD",
                line.ald() ? "Prescription en rapport avec l'affection de longue durée"
                        : "Prescription sans rapport avec l'affection de longue durée")));
        request.setMedication(concept(line.product()));
        request.setSubject(new Reference(patientUrl));
        request.setAuthoredOnElement(new DateTimeType(Date.from(rx.authoredOn())));
        request.setRequester(new Reference(practitionerUrl));

        Dosage dosage = request.addDosageInstruction().setSequence(1).setText(line.posology().text());
        line.posology().structured().ifPresent(s -> {
            Timing.TimingRepeatComponent repeat = dosage.getTiming().getRepeat();
            repeat.setFrequency(s.frequency()).setPeriod(s.period())
                    .setPeriodUnit(Timing.UnitsOfTime.fromCode(s.periodUnit().ucum()));
            if (line.durationDays() != null) {
                repeat.setBounds(days(line.durationDays()));
            }
            SimpleQuantity dose = new SimpleQuantity();
            dose.setValue(s.dose()).setUnit(s.doseUnit());
            dosage.addDoseAndRate().setDose(dose);
        });

        MedicationRequest.MedicationRequestDispenseRequestComponent dispense = request.getDispenseRequest();
        dispense.setNumberOfRepeatsAllowed(line.renewals());
        SimpleQuantity quantity = new SimpleQuantity();
        quantity.setValue(line.quantity()).setUnit(line.quantityUnit());
        dispense.setQuantity(quantity);
        if (line.durationDays() != null) {
            dispense.setExpectedSupplyDuration(days(line.durationDays()));
        }
        request.getSubstitution().setAllowed(new org.hl7.fhir.r4.model.BooleanType(!line.nonSubstitutable()));
        if (line.nonSubstitutable()) {
            request.getSubstitution().setReason(new CodeableConcept().setText("non substituable"));
        }
        return request;
    }

    private static Duration days(int days) {
        Duration duration = new Duration();
        duration.setValue(days).setSystem(CS_UCUM).setCode("d").setUnit("jour");
        return duration;
    }

    static CodeableConcept concept(Product product) {
        String system = switch (product.system()) {
            case CIP13 -> CS_CIP13;
            case CIS -> CS_CIS;
            case SUBSTANCE -> CS_SUBSTANCE;
        };
        Coding coding = new Coding(system, product.code(), product.label().isBlank() ? null : product.label());
        CodeableConcept concept = new CodeableConcept(coding);
        if (!product.label().isBlank()) {
            concept.setText(product.label());
        }
        return concept;
    }

    /** fr-core-patient-ins: the qualified INS, the five strict traits, status QUAL. */
    private static Patient toPatient(QualifiedIns ins) {
        Patient patient = new Patient();
        patient.getMeta().addProfile(PROFILE_PATIENT_INS);
        IdentityTraits traits = ins.traits();
        Extension reliability = patient.addExtension().setUrl(EXT_IDENTITY_RELIABILITY);
        reliability.addExtension("identityStatus", new Coding(CS_IDENTITY_STATUS, "QUAL", "Identité qualifiée"));
        Address place = new Address();
        String code = traits.birthPlaceCode() == null ? "" : traits.birthPlaceCode();
        place.addExtension(EXT_INSEE_CODE, new Coding(code.startsWith("99") ? CS_COUNTRY : CS_COMMUNE, code, null));
        patient.addExtension(EXT_BIRTH_PLACE, place);
        String type = switch (ins.oid()) {
            case "1.2.250.1.213.1.4.9" -> "INS-NIA";
            case "1.2.250.1.213.1.4.10" -> "INS-NIR-TEST";
            case "1.2.250.1.213.1.4.11" -> "INS-NIR-DEMO";
            default -> "INS-NIR";
        };
        patient.addIdentifier()
                .setUse("INS-NIA".equals(type) ? Identifier.IdentifierUse.TEMP : Identifier.IdentifierUse.OFFICIAL)
                .setType(new CodeableConcept(new Coding(CS_IDENTIFIER_TYPE, type, null)))
                .setSystem("urn:oid:" + ins.oid()).setValue(ins.matricule());
        HumanName official = patient.addName().setUse(HumanName.NameUse.OFFICIAL).setFamily(traits.birthName());
        if (!traits.firstNames().isEmpty()) {
            official.addGiven(traits.firstNames().get(0));
        }
        official.addExtension(EXT_BIRTH_LIST_GIVEN_NAME, new StringType(String.join(" ", traits.firstNames())));
        patient.setGender(traits.sex() == Sex.F ? AdministrativeGender.FEMALE
                : traits.sex() == Sex.M ? AdministrativeGender.MALE : AdministrativeGender.UNKNOWN);
        if (traits.birthDate() != null) {
            patient.setBirthDateElement(new DateType(fhirDate(traits.birthDate())));
        }
        return patient;
    }

    private static Practitioner toPractitioner(Prescriber prescriber) {
        Practitioner practitioner = new Practitioner();
        practitioner.getMeta().addProfile(PROFILE_PRACTITIONER);
        practitioner.addIdentifier()
                .setType(new CodeableConcept(new Coding(CS_IDENTIFIER_TYPE, "IDNPS", null)))
                .setSystem(OID_ID_NAT_PS).setValue(prescriber.nationalId());
        String id = prescriber.nationalId();
        if (id.length() == 12 && id.startsWith("8")) {
            practitioner.addIdentifier()
                    .setType(new CodeableConcept(new Coding(CS_IDENTIFIER_TYPE, "RPPS", null)))
                    .setSystem(RPPS_SYSTEM).setValue(id.substring(1));
        }
        if (!prescriber.lastName().isBlank()) {
            HumanName name = practitioner.addName().setFamily(prescriber.lastName());
            if (!prescriber.firstName().isBlank()) {
                name.addGiven(prescriber.firstName());
            }
        }
        return practitioner;
    }

    private static PractitionerRole toRole(Prescriber prescriber, String practitionerUrl) {
        PractitionerRole role = new PractitionerRole();
        role.setPractitioner(new Reference(practitionerUrl));
        if (!prescriber.professionCode().isBlank()) {
            role.addCode(new CodeableConcept(new Coding(CS_PROFESSION, prescriber.professionCode(), null)));
        }
        if (!prescriber.structureId().isBlank() || !prescriber.structureName().isBlank()) {
            Reference structure = new Reference();
            if (!prescriber.structureId().isBlank()) {
                structure.setIdentifier(new Identifier().setSystem(OID_STRUCTURE).setValue(prescriber.structureId()));
            }
            if (!prescriber.structureName().isBlank()) {
                structure.setDisplay(prescriber.structureName());
            }
            role.setOrganization(structure);
        }
        return role;
    }

    static String fullUrl(UUID requestId, String part) {
        return "urn:uuid:" + UUID.nameUUIDFromBytes((requestId + "/" + part).getBytes(StandardCharsets.UTF_8));
    }

    static String fhirDate(BirthDate date) {
        if (date.month() == 0) {
            return String.format("%04d", date.year());
        }
        if (date.day() == 0) {
            return String.format("%04d-%02d", date.year(), date.month());
        }
        return date.toIso();
    }

    // ---- reading ------------------------------------------------------------------------------------------

    /**
     * The prescription of a Bundle the service answered.
     *
     * @throws SegurException {@code ERX-0107} when an element the contract requires is missing or unreadable
     */
    static EPrescription read(Bundle bundle) {
        RequestGroup group = only(bundle, RequestGroup.class, "RequestGroup");
        String id = group.hasGroupIdentifier() && OID_PRESCRIPTION.equals(group.getGroupIdentifier().getSystem())
                ? group.getGroupIdentifier().getValue() : null;
        if (id == null || !fr.galien.core.port.EPrescriptionPort.isIdentifier(id)) {
            throw incomplete("identifiant de l'ordonnance absent ou mal formé");
        }
        Patient patient = only(bundle, Patient.class, "Patient");
        Practitioner practitioner = only(bundle, Practitioner.class, "Practitioner");
        Optional<PractitionerRole> role = all(bundle, PractitionerRole.class).stream().findFirst();

        Map<String, MedicationRequest> requests = new LinkedHashMap<>();
        for (Bundle.BundleEntryComponent entry : bundle.getEntry()) {
            if (entry.getResource() instanceof MedicationRequest request) {
                requests.put(entry.getFullUrl(), request);
            }
        }
        List<PrescribedLine> lines = new ArrayList<>();
        int number = 0;
        for (RequestGroup.RequestGroupActionComponent action : group.getAction()) {
            number++;
            MedicationRequest request = requests.get(action.getResource().getReference());
            if (request == null) {
                throw incomplete("ligne " + number + " sans prescription de médicament");
            }
            lines.add(line(number, request));
        }
        if (lines.isEmpty()) {
            throw incomplete("aucune ligne");
        }
        Instant authoredOn = group.hasAuthoredOn() ? group.getAuthoredOn().toInstant() : null;
        List<RecordedDispensation> dispensations = dispensations(all(bundle, MedicationDispense.class), id);
        Status status = switch (group.getStatus() == null ? RequestGroup.RequestStatus.ACTIVE : group.getStatus()) {
            case REVOKED -> Status.CANCELLED;
            case COMPLETED -> Status.COMPLETED;
            default -> dispensations.isEmpty() ? Status.ACTIVE : Status.PARTIALLY_DISPENSED;
        };
        return new EPrescription(id, status, patientOf(patient), prescriberOf(practitioner, role), authoredOn, lines,
                dispensations);
    }

    private static PrescribedLine line(int number, MedicationRequest request) {
        if (!(request.getMedication() instanceof CodeableConcept concept) || !concept.hasCoding()) {
            throw incomplete("ligne " + number + " sans médicament codé");
        }
        Product product = product(concept).orElseThrow(() -> incomplete("ligne " + number
                + " : système de code du médicament inconnu"));
        Dosage dosage = request.getDosageInstructionFirstRep();
        String text = dosage.hasText() ? dosage.getText() : "";
        Optional<StructuredPosology> structured = Optional.empty();
        if (dosage.hasDoseAndRate() && dosage.getDoseAndRateFirstRep().hasDoseQuantity()
                && dosage.getTiming().hasRepeat()) {
            Timing.TimingRepeatComponent repeat = dosage.getTiming().getRepeat();
            var dose = dosage.getDoseAndRateFirstRep().getDoseQuantity();
            Optional<PeriodUnit> unit = repeat.hasPeriodUnit()
                    ? PeriodUnit.fromUcum(repeat.getPeriodUnit().toCode()) : Optional.empty();
            if (unit.isPresent() && dose.hasValue()) {
                structured = Optional.of(new StructuredPosology(dose.getValue(), dose.getUnit() == null ? ""
                        : dose.getUnit(), repeat.getFrequency(), repeat.getPeriod() == null ? 1
                        : repeat.getPeriod().intValue(), unit.get()));
            }
        }
        var dispense = request.getDispenseRequest();
        if (!dispense.hasQuantity() || !dispense.getQuantity().hasValue()) {
            throw incomplete("ligne " + number + " sans quantité");
        }
        Integer duration = dispense.hasExpectedSupplyDuration() && dispense.getExpectedSupplyDuration().hasValue()
                ? dispense.getExpectedSupplyDuration().getValue().intValue() : null;
        boolean nonSubstitutable = request.hasSubstitution() && request.getSubstitution().hasAllowedBooleanType()
                && !request.getSubstitution().getAllowedBooleanType().booleanValue();
        boolean ald = request.getCategory().stream().flatMap(c -> c.getCoding().stream())
                .anyMatch(c -> CS_ALD.equals(c.getSystem()) && "ALD".equals(c.getCode()));
        return new PrescribedLine(number, product, new Posology(text, structured), dispense.getQuantity().getValue(),
                dispense.getQuantity().getUnit(), duration, dispense.getNumberOfRepeatsAllowed(), nonSubstitutable,
                ald);
    }

    static Optional<Product> product(CodeableConcept concept) {
        for (Coding coding : concept.getCoding()) {
            CodeSystem system = switch (coding.getSystem() == null ? "" : coding.getSystem()) {
                case CS_CIP13 -> CodeSystem.CIP13;
                case CS_CIS -> CodeSystem.CIS;
                case CS_SUBSTANCE -> CodeSystem.SUBSTANCE;
                default -> null;
            };
            if (system != null && coding.hasCode()) {
                String label = coding.hasDisplay() ? coding.getDisplay() : concept.getText();
                return Optional.of(new Product(system, coding.getCode(), label));
            }
        }
        return Optional.empty();
    }

    private static PatientOnPrescription patientOf(Patient patient) {
        String matricule = null;
        String oid = null;
        for (Identifier identifier : patient.getIdentifier()) {
            String system = identifier.getSystem();
            if (system != null && system.startsWith("urn:oid:" + INS_OID_PREFIX) && identifier.hasValue()) {
                matricule = identifier.getValue();
                oid = system.substring("urn:oid:".length());
            }
        }
        if (matricule == null) {
            throw incomplete("patient sans INS");
        }
        HumanName official = patient.getName().stream().filter(n -> n.getUse() == HumanName.NameUse.OFFICIAL)
                .findFirst().orElse(patient.getNameFirstRep());
        List<String> firstNames;
        Extension list = official.getExtensionByUrl(EXT_BIRTH_LIST_GIVEN_NAME);
        if (list != null && list.getValue() instanceof StringType text && text.hasValue()) {
            firstNames = Arrays.stream(text.getValue().strip().split("\\s+")).toList();
        } else {
            firstNames = official.getGiven().stream().map(StringType::getValue).toList();
        }
        Sex sex = switch (patient.getGender() == null ? AdministrativeGender.UNKNOWN : patient.getGender()) {
            case FEMALE -> Sex.F;
            case MALE -> Sex.M;
            default -> Sex.I;
        };
        BirthDate birthDate = null;
        if (patient.hasBirthDateElement()) {
            String text = patient.getBirthDateElement().getValueAsString();
            String padded = switch (text.length()) {
                case 4 -> text + "-00-00";
                case 7 -> text + "-00";
                default -> text;
            };
            birthDate = BirthDate.parseIso(padded).orElse(null);
        }
        String birthPlace = null;
        Extension place = patient.getExtensionByUrl(EXT_BIRTH_PLACE);
        if (place != null && place.getValue() instanceof Address address) {
            Extension insee = address.getExtensionByUrl(EXT_INSEE_CODE);
            if (insee != null && insee.getValue() instanceof Coding coding && coding.hasCode()) {
                birthPlace = coding.getCode();
            }
        }
        return new PatientOnPrescription(matricule, oid,
                new IdentityTraits(official.getFamily(), firstNames, sex, birthDate, birthPlace));
    }

    private static Prescriber prescriberOf(Practitioner practitioner, Optional<PractitionerRole> role) {
        String nationalId = practitioner.getIdentifier().stream().filter(i -> OID_ID_NAT_PS.equals(i.getSystem()))
                .map(Identifier::getValue).findFirst().orElseThrow(() -> incomplete("prescripteur sans idNat_PS"));
        HumanName name = practitioner.getNameFirstRep();
        String profession = role.flatMap(r -> r.getCode().stream().flatMap(c -> c.getCoding().stream())
                .filter(c -> CS_PROFESSION.equals(c.getSystem())).map(Coding::getCode).findFirst()).orElse("");
        String structureId = role.filter(PractitionerRole::hasOrganization)
                .map(r -> r.getOrganization().getIdentifier().getValue()).orElse("");
        String structureName = role.filter(PractitionerRole::hasOrganization)
                .map(r -> r.getOrganization().getDisplay()).orElse("");
        return new Prescriber(nationalId, name.getFamily(), name.getGivenAsSingleString(), profession, structureId,
                structureName);
    }

    /** MedicationDispense entries, grouped by dispensation id (their first identifier), in order. */
    static List<RecordedDispensation> dispensations(List<MedicationDispense> dispenses, String prescriptionId) {
        Map<UUID, List<MedicationDispense>> grouped = new LinkedHashMap<>();
        for (MedicationDispense dispense : dispenses) {
            UUID id = dispensationId(dispense).orElseThrow(() -> incomplete("délivrance sans identifiant"));
            grouped.computeIfAbsent(id, key -> new ArrayList<>()).add(dispense);
        }
        List<RecordedDispensation> result = new ArrayList<>();
        grouped.forEach((id, lines) -> {
            MedicationDispense first = lines.get(0);
            String dispenser = first.getPerformer().stream().map(p -> p.getActor().getIdentifier())
                    .filter(i -> OID_ID_NAT_PS.equals(i.getSystem())).map(Identifier::getValue).findFirst()
                    .orElse("");
            String structure = first.getPerformer().stream().map(p -> p.getActor().getIdentifier())
                    .filter(i -> OID_STRUCTURE.equals(i.getSystem())).map(Identifier::getValue).findFirst()
                    .orElse("");
            String structureName = first.getPerformer().stream().map(p -> p.getActor())
                    .filter(a -> a.hasIdentifier() && OID_STRUCTURE.equals(a.getIdentifier().getSystem()))
                    .map(Reference::getDisplay).filter(d -> d != null).findFirst().orElse("");
            Instant at = first.hasWhenHandedOver() ? first.getWhenHandedOver().toInstant() : null;
            List<DispensedLine> dispensed = new ArrayList<>();
            for (MedicationDispense line : lines) {
                dispensed.add(dispensedLine(line, prescriptionId));
            }
            result.add(new RecordedDispensation(id, new Dispenser(dispenser, structure, structureName), at,
                    dispensed));
        });
        return result;
    }

    static Optional<UUID> dispensationId(MedicationDispense dispense) {
        return dispense.getIdentifier().stream().filter(i -> URN_IETF.equals(i.getSystem()) && i.hasValue()
                        && i.getValue().startsWith("urn:uuid:"))
                .map(i -> parseUuid(i.getValue().substring("urn:uuid:".length()))).flatMap(Optional::stream)
                .findFirst();
    }

    private static DispensedLine dispensedLine(MedicationDispense dispense, String prescriptionId) {
        String reference = dispense.getAuthorizingPrescriptionFirstRep().getIdentifier().getValue();
        String prefix = prescriptionId + "-";
        if (reference == null || !reference.startsWith(prefix)) {
            throw incomplete("délivrance sans ligne de prescription");
        }
        int number;
        try {
            number = Integer.parseInt(reference.substring(prefix.length()));
        } catch (NumberFormatException e) {
            throw incomplete("numéro de ligne délivrée illisible");
        }
        if (dispense.getStatus() == MedicationDispense.MedicationDispenseStatus.DECLINED) {
            NotDispensedReason reason = NotDispensedReason.OTHER;
            if (dispense.getStatusReason() instanceof CodeableConcept why) {
                for (Coding coding : why.getCoding()) {
                    if (CS_NOT_DISPENSED.equals(coding.getSystem())) {
                        try {
                            reason = NotDispensedReason.valueOf(coding.getCode());
                        } catch (IllegalArgumentException | NullPointerException unknown) {
                            reason = NotDispensedReason.OTHER;
                        }
                    }
                }
            }
            return new DispensedLine(number, BigDecimal.ZERO, Completeness.NOT_DISPENSED, null, reason);
        }
        BigDecimal quantity = dispense.hasQuantity() && dispense.getQuantity().hasValue()
                ? dispense.getQuantity().getValue() : BigDecimal.ZERO;
        boolean partial = dispense.getType().getCoding().stream()
                .anyMatch(c -> CS_ACT_CODE.equals(c.getSystem()) && c.getCode() != null && c.getCode().endsWith("P"));
        Product substitute = null;
        if (dispense.hasSubstitution() && dispense.getSubstitution().getWasSubstituted()
                && dispense.getMedication() instanceof CodeableConcept given) {
            substitute = product(given).orElse(null);
        }
        return new DispensedLine(number, quantity, partial ? Completeness.PARTIAL : Completeness.COMPLETE, substitute,
                null);
    }

    private static Optional<UUID> parseUuid(String text) {
        try {
            return Optional.of(UUID.fromString(text));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    static <R extends Resource> List<R> all(Bundle bundle, Class<R> type) {
        List<R> found = new ArrayList<>();
        for (Bundle.BundleEntryComponent entry : bundle.getEntry()) {
            if (type.isInstance(entry.getResource())) {
                found.add(type.cast(entry.getResource()));
            }
        }
        return found;
    }

    private static <R extends Resource> R only(Bundle bundle, Class<R> type, String name) {
        List<R> found = all(bundle, type);
        if (found.size() != 1) {
            throw incomplete(found.isEmpty() ? name + " absent" : name + " en plusieurs exemplaires");
        }
        return found.get(0);
    }

    static SegurException incomplete(String what) {
        return new SegurException(ErxClientError.ERX_0107, what);
    }
}
