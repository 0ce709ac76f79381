package fr.galien.app.ui.prescription;

import fr.galien.core.demo.DemoOrdonnances;
import fr.galien.core.domain.BirthDate;
import fr.galien.core.domain.Contact;
import fr.galien.core.domain.IdentityStatus;
import fr.galien.core.domain.Patient;
import fr.galien.core.domain.Sex;
import fr.galien.core.ordonnance.IssuedOrdonnance;
import fr.galien.core.ordonnance.Ordonnance;
import fr.galien.core.ordonnance.OrdonnanceDelivery;
import fr.galien.core.ordonnance.OrdonnanceLine;
import fr.galien.core.ordonnance.OrdonnancePdf;
import fr.galien.core.ordonnance.PracticeHeader;
import fr.galien.core.ordonnance.Prescriber;
import fr.galien.core.ordonnance.VetOrdonnance;
import fr.galien.core.security.Caller;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.LongFunction;

/** A prescribing context that records what the screens asked and prints real PDFs. */
public final class FakePrescribing implements PrescribingContext {

    public static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-07T09:30:00Z"), ZoneOffset.UTC);

    public final List<List<OrdonnanceLine>> registered = new ArrayList<>();
    public final List<Ordonnance> issued = new ArrayList<>();
    public final List<String> filed = new ArrayList<>();
    public final List<VetOrdonnance> vetIssued = new ArrayList<>();
    public boolean available = true;
    public boolean serviceDown;
    public RuntimeException refusal;
    private long vetNumber;
    private final OrdonnancePdf printer = new OrdonnancePdf(CLOCK);

    public static final List<DrugChoice> CATALOGUE = List.of(
            new DrugChoice("60234100", "3400935955838", "DOLIPRANE 1000 mg, comprimé", "PARACÉTAMOL 1000 mg"),
            new DrugChoice("61896641", "3400930000002", "LÉVOTHYROX 75 microgrammes, comprimé sécable", null),
            new DrugChoice("68585887", "3400930000003", "AMOXICILLINE BIOGARAN 500 mg, gélule", "AMOXICILLINE 500 mg"));

    public static Patient qualified() {
        return new Patient(UUID.fromString("00000000-0000-4000-8000-000000000001"), "ADRUN", null, List.of("ZOE"),
                Sex.F, new BirthDate(1975, 12, 31), "63220", Contact.NONE, IdentityStatus.QUALIFIEE,
                "275126322074974", "1.2.250.1.213.1.4.8", Set.of(), false, 3);
    }

    public static Patient provisional() {
        return new Patient(UUID.fromString("00000000-0000-4000-8000-000000000002"), "NŒUD", null,
                List.of("Gaëlle"), Sex.F, new BirthDate(2019, 4, 3), null, Contact.NONE, IdentityStatus.PROVISOIRE,
                null, null, Set.of(), false, 1);
    }

    @Override
    public PracticeHeader practiceHeader() {
        return DemoOrdonnances.cabinet();
    }

    @Override
    public Prescriber prescriber(Caller caller) {
        return DemoOrdonnances.doctor();
    }

    @Override
    public List<DrugChoice> searchDrugs(String text, int limit) {
        String lower = text.toLowerCase(java.util.Locale.FRENCH);
        return CATALOGUE.stream().filter(d -> d.label().toLowerCase(java.util.Locale.FRENCH).contains(lower)
                || d.cip13().equals(text)).limit(limit).toList();
    }

    @Override
    public boolean registrationAvailable() {
        return available;
    }

    @Override
    public Optional<String> register(Caller caller, Patient patient, List<OrdonnanceLine> lines) {
        if (refusal != null) {
            throw refusal;
        }
        registered.add(List.copyOf(lines));
        return serviceDown ? Optional.empty() : Optional.of(DemoOrdonnances.SAMPLE_IDENTIFIER);
    }

    @Override
    public IssuedOrdonnance issue(Caller caller, UUID patientId, Ordonnance ordonnance) {
        issued.add(ordonnance);
        IssuedOrdonnance.Kind kind = ordonnance.delivery() instanceof OrdonnanceDelivery.Electronic
                ? IssuedOrdonnance.Kind.ELECTRONIC : IssuedOrdonnance.Kind.PAPER;
        return new IssuedOrdonnance(UUID.randomUUID(), patientId, kind, 0, CLOCK.instant(), "0".repeat(64),
                printer.render(ordonnance));
    }

    @Override
    public boolean file(Caller caller, UUID patientId, IssuedOrdonnance issued, String title) {
        filed.add(title);
        return true;
    }

    @Override
    public IssuedOrdonnance issueVet(Caller caller, UUID animalId, LongFunction<VetOrdonnance> build) {
        VetOrdonnance ordonnance = build.apply(++vetNumber);
        vetIssued.add(ordonnance);
        return new IssuedOrdonnance(UUID.randomUUID(), animalId, IssuedOrdonnance.Kind.VET, vetNumber,
                CLOCK.instant(), "0".repeat(64), printer.render(ordonnance));
    }
}
