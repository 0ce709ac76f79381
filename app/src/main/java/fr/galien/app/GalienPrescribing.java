package fr.galien.app;

import fr.galien.app.ui.counter.CounterContext;
import fr.galien.app.ui.prescription.DrugChoice;
import fr.galien.app.ui.prescription.PrescribingContext;
import fr.galien.core.audit.AuditedAuthorization;
import fr.galien.core.document.DocumentType;
import fr.galien.core.document.NewDocument;
import fr.galien.core.document.PatientDocument;
import fr.galien.core.document.SharingChannel;
import fr.galien.core.document.SharingState;
import fr.galien.core.domain.Patient;
import fr.galien.core.domain.Practice;
import fr.galien.core.drug.GenericGroup;
import fr.galien.core.drug.GenericMembership;
import fr.galien.core.drug.Medicine;
import fr.galien.core.drug.Presentation;
import fr.galien.core.eprescription.CounterPrescription;
import fr.galien.core.eprescription.DispenseLine;
import fr.galien.core.eprescription.DraftLine;
import fr.galien.core.eprescription.EPrescriptions;
import fr.galien.core.eprescription.LocalDispensation;
import fr.galien.core.eprescription.LocalPrescription;
import fr.galien.core.error.SegurException;
import fr.galien.core.ordonnance.IssuedOrdonnance;
import fr.galien.core.ordonnance.Ordonnance;
import fr.galien.core.ordonnance.OrdonnanceError;
import fr.galien.core.ordonnance.OrdonnanceLine;
import fr.galien.core.ordonnance.OrdonnancePdf;
import fr.galien.core.ordonnance.OrdonnanceRegister;
import fr.galien.core.ordonnance.Posology;
import fr.galien.core.ordonnance.PracticeHeader;
import fr.galien.core.ordonnance.Prescriber;
import fr.galien.core.ordonnance.TreatmentDuration;
import fr.galien.core.ordonnance.VetOrdonnance;
import fr.galien.core.port.EPrescriptionPort;
import fr.galien.core.port.EPrescriptionPort.PrescribedLine;
import fr.galien.core.security.Caller;
import fr.galien.core.security.Role;
import java.math.BigDecimal;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.LongFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The screens' view of prescribing and dispensing (composition root): the drug catalogue, the core e-prescription
 * rules ({@link EPrescriptions}) over the connector's port when its module started, the ordonnance register and the
 * patient documents. Settings {@code ordonnance.address}, {@code ordonnance.postalCity}, {@code ordonnance.city},
 * {@code ordonnance.phone} complete the practice header printed on ordonnances.
 */
public final class GalienPrescribing implements PrescribingContext, CounterContext {

    private static final Pattern QUANTITY = Pattern.compile("\\s*(\\d+(?:[.,]\\d+)?)\\s*(.*)");

    private final GalienRuntime runtime;
    private final OrdonnanceRegister register;
    private final EPrescriptions eprescriptions;

    public GalienPrescribing(GalienRuntime runtime) {
        this.runtime = runtime;
        this.register = new OrdonnanceRegister(runtime.database(), runtime.auditTrail(),
                new AuditedAuthorization(runtime.database(), runtime.auditTrail()),
                new OrdonnancePdf(runtime.clock().withZone(ZoneId.of("Europe/Paris"))), runtime.clock());
        this.eprescriptions = runtime.ePrescriptions();
    }

    public OrdonnanceRegister register() {
        return register;
    }

    // ------------------------------------------------------------------ prescriber

    @Override
    public PracticeHeader practiceHeader() {
        Practice practice = runtime.requirePractice();
        List<String> address = new ArrayList<>();
        setting("ordonnance.address").ifPresent(address::add);
        setting("ordonnance.postalCity").ifPresent(address::add);
        String city = setting("ordonnance.city").orElse(null);
        String phone = setting("ordonnance.phone").orElse(null);
        if (address.isEmpty() && practice.simulated()) {
            // The demo practice prints an invented address, never a real one.
            address = List.of("12 rue des Acacias", "63000 Clermont-Ferrand");
            city = city == null ? "Clermont-Ferrand" : city;
            phone = phone == null ? "04 73 00 00 00" : phone;
        }
        return new PracticeHeader(practice.name(), address, phone, null, practice.finess(), city);
    }

    private Optional<String> setting(String key) {
        return runtime.practices().setting(key).filter(value -> !value.isBlank());
    }

    @Override
    public Prescriber prescriber(Caller caller) {
        String nationalId = caller.userId().startsWith("psc:") ? caller.userId().substring(4) : null;
        String qualification = switch (caller.role()) {
            case MEDECIN -> "Médecin";
            case SAGE_FEMME -> "Sage-femme";
            case VETERINAIRE -> "Docteur vétérinaire";
            default -> caller.role().label();
        };
        String name = caller.role() == Role.MEDECIN || caller.role() == Role.VETERINAIRE
                ? "Dr " + caller.displayName() : caller.displayName();
        return new Prescriber(name, qualification, Prescriber.rppsFromNationalId(nationalId), null);
    }

    @Override
    public List<DrugChoice> searchDrugs(String text, int limit) {
        List<DrugChoice> choices = new ArrayList<>();
        for (Medicine medicine : runtime.drugs().search(text, limit)) {
            choices.add(choice(medicine));
        }
        return choices;
    }

    private static DrugChoice choice(Medicine medicine) {
        String cip13 = medicine.presentations().stream().filter(Presentation::commercialised).findFirst()
                .or(() -> medicine.presentations().stream().findFirst()).map(Presentation::cip13).orElse(null);
        String group = medicine.genericGroups().isEmpty() ? null : medicine.genericGroups().get(0).label();
        return new DrugChoice(medicine.cis(), cip13, medicine.name(), group);
    }

    @Override
    public boolean registrationAvailable() {
        return runtime.port(EPrescriptionPort.class).isPresent();
    }

    @Override
    public Optional<String> register(Caller caller, Patient patient, List<OrdonnanceLine> lines) {
        List<DraftLine> draft = new ArrayList<>();
        int number = 1;
        for (OrdonnanceLine line : lines) {
            draft.add(draftLine(number++, line));
        }
        LocalPrescription prescription = eprescriptions.prescribe(caller, patient.id(), draft);
        return prescription.nationalId();
    }

    static DraftLine draftLine(int number, OrdonnanceLine line) {
        if (line.cip13() == null) {
            throw new SegurException(OrdonnanceError.ORD_0007, number);
        }
        EPrescriptionPort.Product product = new EPrescriptionPort.Product(EPrescriptionPort.CodeSystem.CIP13,
                line.cip13(), line.drugLabel());
        Posology posology = line.posology();
        Optional<EPrescriptionPort.StructuredPosology> structured = Optional.empty();
        if (posology.isStructured() && posology.period() != Posology.Period.MOIS) {
            structured = Optional.of(new EPrescriptionPort.StructuredPosology(posology.dose(), posology.unit(),
                    posology.times(), 1, posology.period() == Posology.Period.JOUR ? EPrescriptionPort.PeriodUnit.DAY
                    : EPrescriptionPort.PeriodUnit.WEEK));
        }
        BigDecimal quantity = BigDecimal.ONE;
        String unit = "boîte";
        if (line.quantity() != null) {
            Matcher matcher = QUANTITY.matcher(line.quantity());
            if (matcher.matches()) {
                quantity = new BigDecimal(matcher.group(1).replace(',', '.'));
                unit = matcher.group(2).isBlank() ? unit : matcher.group(2).strip();
            }
        }
        Integer days = null;
        TreatmentDuration duration = line.duration();
        if (duration != null) {
            days = switch (duration.unit()) {
                case JOURS -> duration.value();
                case SEMAINES -> duration.value() * 7;
                case MOIS -> duration.value() * 30;
            };
        }
        return new DraftLine(product, new EPrescriptionPort.Posology(line.instructionsFrench(), structured), quantity,
                unit, days, line.renewals(), line.nonSubstitutable() != null, line.ald());
    }

    @Override
    public IssuedOrdonnance issue(Caller caller, UUID patientId, Ordonnance ordonnance) {
        return register.issue(caller, patientId, ordonnance);
    }

    @Override
    public boolean file(Caller caller, UUID patientId, IssuedOrdonnance issued, String title) {
        NewDocument document = NewDocument.local(patientId, DocumentType.ORDONNANCE, title, "application/pdf",
                issued.issuedAt(), caller.displayName(), issued.pdf());
        runtime.database().inTransaction(tx -> {
            PatientDocument filed = runtime.documents().add(tx, caller, document);
            if (issued.kind() == IssuedOrdonnance.Kind.ELECTRONIC) {
                // The prescription itself went to the e-prescription service: the PDF is its printed copy.
                runtime.documents().setSharing(tx, filed.id(), SharingChannel.EPRESCRIPTION, SharingState.ENVOYE,
                        "ordonnance " + issued.id());
            }
            return filed;
        });
        return true;
    }

    @Override
    public IssuedOrdonnance issueVet(Caller caller, UUID animalId, LongFunction<VetOrdonnance> build) {
        return register.issueVet(caller, animalId, build);
    }

    // ------------------------------------------------------------------ counter

    @Override
    public boolean available() {
        return registrationAvailable();
    }

    @Override
    public CounterPrescription fetch(Caller caller, String identifier) {
        CounterPrescription unchecked = eprescriptions.fetch(caller, identifier, null);
        EPrescriptionPort.PatientOnPrescription onPrescription = unchecked.prescription().patient();
        Optional<Patient> here = runtime.patients().search(caller, onPrescription.matricule(), 5).stream()
                .filter(p -> onPrescription.matricule().equals(p.matricule()))
                .findFirst();
        return here.map(p -> eprescriptions.fetch(caller, identifier, p.id())).orElse(unchecked);
    }

    @Override
    public LocalDispensation dispense(Caller caller, CounterPrescription prescription, List<DispenseLine> lines) {
        return eprescriptions.dispense(caller, prescription, lines);
    }

    @Override
    public EPrescriptions.Pending pending(Caller caller) {
        return eprescriptions.pending(caller);
    }

    @Override
    public List<DrugChoice> substitutes(PrescribedLine line) {
        Optional<Medicine> prescribed = medicineOf(line.product());
        if (prescribed.isEmpty()) {
            return List.of();
        }
        List<DrugChoice> out = new ArrayList<>();
        for (GenericGroup group : runtime.drugs().genericGroupsOf(prescribed.get().cis())) {
            for (GenericGroup.Member member : group.members()) {
                if (member.cis().equals(prescribed.get().cis()) || !member.commercialised() || member.withdrawn()) {
                    continue;
                }
                runtime.drugs().byCis(member.cis()).map(GalienPrescribing::choice)
                        .filter(choice -> choice.cip13() != null).ifPresent(out::add);
                if (out.size() >= 20) {
                    return out;
                }
            }
        }
        return out;
    }

    @Override
    public String labelOf(String cip13) {
        return runtime.drugs().byCip13(cip13).map(Medicine::name).orElse(cip13);
    }

    @Override
    public boolean fits(PrescribedLine line, String cip13) {
        Optional<Medicine> prescribed = medicineOf(line.product());
        Optional<Medicine> box = runtime.drugs().byCip13(cip13);
        if (prescribed.isEmpty() || box.isEmpty()) {
            return false;
        }
        return sameGroup(prescribed.get(), box.get());
    }

    private Optional<Medicine> medicineOf(EPrescriptionPort.Product product) {
        return switch (product.system()) {
            case CIP13 -> runtime.drugs().byCip13(product.code());
            case CIS -> runtime.drugs().byCis(product.code());
            case SUBSTANCE -> Optional.empty();
        };
    }

    private static boolean sameGroup(Medicine a, Medicine b) {
        if (a.cis().equals(b.cis())) {
            return true;
        }
        Set<String> groups = new HashSet<>();
        a.genericGroups().stream().map(GenericMembership::groupId).forEach(groups::add);
        return b.genericGroups().stream().map(GenericMembership::groupId).anyMatch(groups::contains);
    }

}
