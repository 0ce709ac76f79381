package fr.galien.core.ordonnance;

import com.google.zxing.common.BitMatrix;
import fr.galien.core.domain.Animal;
import fr.galien.core.domain.BirthDate;
import fr.galien.core.domain.Contact;
import fr.galien.core.domain.Owner;
import fr.galien.core.pdf.PdfLayout;
import fr.galien.core.pdf.PdfLayout.Line;
import fr.galien.core.pdf.PdfMetadata;
import fr.galien.core.pdf.TextStyle;
import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Prints ordonnances as PDF/A-2b: the human one (registered with a QR code, or paper only and marked as such; bizone
 * when ALD lines exist) and the numbered vet one. Pure: same input, same document (the creation instant comes from
 * the clock given).
 */
public final class OrdonnancePdf {

    static final String ALD_HEADING = "Prescriptions relatives au traitement de l'affection de longue durée reconnue "
            + "(liste ou hors liste) — AFFECTION EXONÉRANTE";
    static final String NON_ALD_HEADING = "Prescriptions SANS RAPPORT avec l'affection de longue durée — MALADIES "
            + "INTERCURRENTES";
    static final String VET_NO_SERVICE = "Aucun service national d'ordonnance numérique n'existe pour les animaux : "
            + "cette ordonnance est remise sur papier.";

    private static final DateTimeFormatter LONG_DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.FRENCH);
    private static final float QR_SIZE = 82f;
    private static final TextStyle NAME = new TextStyle(12f, true, 0f);
    private static final TextStyle MONO_ID = new TextStyle(11f, true, 0f);

    private final Clock clock;

    public OrdonnancePdf(Clock clock) {
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    // ------------------------------------------------------------------ human ordonnance

    /** The ordonnance as PDF/A-2b bytes. */
    public byte[] render(Ordonnance ordonnance) {
        boolean electronic = ordonnance.delivery() instanceof OrdonnanceDelivery.Electronic;
        boolean draft = ordonnance.delivery() instanceof OrdonnanceDelivery.Draft;
        String title = electronic
                ? "Ordonnance numérique " + ((OrdonnanceDelivery.Electronic) ordonnance.delivery()).identifier()
                : draft ? "Aperçu d'ordonnance" : "Ordonnance papier";
        try (PdfLayout pdf = new PdfLayout(new PdfMetadata(title + " du " + ordonnance.date(),
                ordonnance.prescriber().displayName(), "Ordonnance", clock.instant()))) {
            pdf.footer("Galien — " + (electronic || draft ? title : "Ordonnance papier, non enregistrée dans le "
                    + "service d'ordonnance numérique"));
            header(pdf, ordonnance.practice(), ordonnance.prescriber(), false);
            dateLine(pdf, ordonnance.place(), ordonnance.date());
            patient(pdf, ordonnance.patient(), ordonnance.date());
            pdf.space(6f);
            pdf.text(electronic ? "ORDONNANCE" : draft ? "APERÇU — ORDONNANCE NON VALIDÉE" : "ORDONNANCE — PAPIER",
                    TextStyle.TITLE);
            if (ordonnance.bizone()) {
                bizoneLines(pdf, ordonnance.lines());
            } else {
                pdf.rule();
                lines(pdf, ordonnance.lines(), 1);
            }
            pdf.rule();
            footerBlock(pdf, ordonnance);
            return pdf.toBytes();
        }
    }

    private static void header(PdfLayout pdf, PracticeHeader practice, Prescriber prescriber, boolean vet) {
        List<Line> left = new ArrayList<>();
        left.add(Line.of(practice.name(), NAME));
        practice.addressLines().forEach(a -> left.add(Line.of(a, TextStyle.BODY)));
        if (practice.phone() != null) {
            left.add(Line.of("Tél. " + practice.phone(), TextStyle.BODY));
        }
        if (practice.email() != null) {
            left.add(Line.of(practice.email(), TextStyle.BODY));
        }
        if (practice.finess() != null) {
            left.add(Line.of("FINESS " + practice.finess(), TextStyle.SMALL));
        }
        List<Line> right = new ArrayList<>();
        right.add(Line.of(prescriber.displayName(), NAME));
        if (prescriber.qualification() != null) {
            right.add(Line.of(prescriber.qualification(), TextStyle.BODY));
        }
        if (prescriber.rpps() != null) {
            right.add(Line.of("RPPS " + prescriber.rpps(), TextStyle.BODY_BOLD));
        }
        if (prescriber.billingNumber() != null) {
            right.add(Line.of((vet ? "N° d'inscription à l'Ordre " : "N° Assurance Maladie ")
                    + prescriber.billingNumber(), TextStyle.BODY));
        }
        pdf.sideBySide(left, right);
        pdf.rule(0.8f, 0f);
    }

    private static void dateLine(PdfLayout pdf, String place, LocalDate date) {
        String text = (place == null || place.isBlank() ? "Le " : "Fait à " + place.strip() + ", le ")
                + LONG_DATE.format(date);
        pdf.space(TextStyle.BODY.leading());
        pdf.textRightAligned(pdf.right(), pdf.y() + 3f, text, TextStyle.BODY);
        pdf.space(2f);
    }

    private static void patient(PdfLayout pdf, OrdonnancePatient patient, LocalDate on) {
        if (patient.qualified()) {
            pdf.text("Patient — identité qualifiée (INS)", TextStyle.SMALL_BOLD);
            pdf.labelled("Nom de naissance :", upper(patient.birthName()), TextStyle.BODY);
            if (patient.usedName() != null && !patient.usedName().isBlank()
                    && !patient.usedName().equalsIgnoreCase(patient.birthName())) {
                pdf.labelled("Nom utilisé :", upper(patient.usedName()), TextStyle.BODY);
            }
            pdf.labelled("Prénom(s) de naissance :", String.join(" ", patient.firstNames()), TextStyle.BODY);
            pdf.labelled("Sexe :", patient.sex() == null ? "" : patient.sex().label(), TextStyle.BODY);
            pdf.labelled("Date de naissance :", birth(patient.birthDate(), on), TextStyle.BODY);
        } else {
            pdf.text("Patient", TextStyle.SMALL_BOLD);
            pdf.text(patient.usualName(), NAME);
            if (patient.birthDate() != null) {
                pdf.labelled("Date de naissance :", birth(patient.birthDate(), on), TextStyle.BODY);
            }
        }
    }

    private static void bizoneLines(PdfLayout pdf, List<OrdonnanceLine> all) {
        List<OrdonnanceLine> ald = all.stream().filter(OrdonnanceLine::ald).toList();
        List<OrdonnanceLine> other = all.stream().filter(l -> !l.ald()).toList();
        pdf.rule(1.2f, 0f);
        pdf.text(ALD_HEADING, TextStyle.BODY_BOLD);
        pdf.space(4f);
        int next = lines(pdf, ald, 1);
        pdf.space(6f);
        pdf.rule(1.2f, 0f);
        pdf.text(NON_ALD_HEADING, TextStyle.BODY_BOLD);
        pdf.space(4f);
        if (other.isEmpty()) {
            pdf.text("(néant)", TextStyle.SMALL);
        } else {
            lines(pdf, other, next);
        }
    }

    /** Prints the lines numbered from {@code first}; returns the next number. */
    private static int lines(PdfLayout pdf, List<OrdonnanceLine> lines, int first) {
        int number = first;
        for (OrdonnanceLine line : lines) {
            pdf.ensureSpace(4 * TextStyle.BODY.leading());
            pdf.text(number + ". " + line.drugLabel(), TextStyle.BODY_BOLD);
            pdf.indent(14f);
            pdf.text(line.instructionsFrench(), TextStyle.BODY);
            List<String> details = new ArrayList<>();
            if (line.quantity() != null && !line.quantity().isBlank()) {
                details.add("Quantité : " + line.quantity().strip());
            }
            if (line.renewals() > 0) {
                details.add(line.renewalsFrench());
            }
            if (!details.isEmpty()) {
                pdf.text(String.join(" — ", details), TextStyle.BODY);
            }
            if (line.withdrawalPeriod() != null && !line.withdrawalPeriod().isBlank()) {
                pdf.labelled("Temps d'attente :", line.withdrawalPeriod().strip(), TextStyle.BODY);
            }
            if (line.nonSubstitutable() != null) {
                NonSubstitution reason = line.nonSubstitutable();
                pdf.text(reason.mention().toUpperCase(Locale.FRENCH) + " — " + reason.label(),
                        TextStyle.BODY_BOLD);
                pdf.text("Mention manuscrite du prescripteur : « non substituable (" + reason.name()
                        + ") » ……………………………………………", TextStyle.SMALL);
            }
            pdf.indent(-14f);
            pdf.space(5f);
            number++;
        }
        return number;
    }

    private void footerBlock(PdfLayout pdf, Ordonnance ordonnance) {
        float height = QR_SIZE + 48f;
        pdf.block(height, (layout, x, yBottom) -> {
            float signatureWidth = 200f;
            float signatureX = layout.right() - signatureWidth;
            layout.box(signatureX, yBottom + 14f, signatureWidth, height - 20f, 0.3f);
            layout.textAt(signatureX + 6f, yBottom + height - 18f, "Signature du prescripteur", TextStyle.SMALL);
            if (ordonnance.delivery() instanceof OrdonnanceDelivery.Electronic electronic) {
                BitMatrix qr = QrCodes.encode(electronic.identifier());
                float qrY = yBottom + height - QR_SIZE - 4f;
                QrCodes.draw(layout, qr, x, qrY, QR_SIZE);
                layout.textAt(x, qrY - 14f, electronic.identifier(), MONO_ID);
                float textX = x + QR_SIZE + 12f;
                float width = signatureX - textX - 10f;
                float baseline = yBottom + height - 14f;
                for (String part : layout.wrap("Ordonnance numérique. Le pharmacien scanne ce code pour lire la "
                        + "prescription ; s'il est illisible, il saisit l'identifiant imprimé dessous.",
                        TextStyle.SMALL, width)) {
                    layout.textAt(textX, baseline, part, TextStyle.SMALL);
                    baseline -= TextStyle.SMALL.leading();
                }
            } else if (ordonnance.delivery() instanceof OrdonnanceDelivery.Draft) {
                float width = signatureX - x - 12f;
                layout.box(x, yBottom + 14f, width, height - 20f, 0.5f);
                float baseline = yBottom + height - 20f;
                layout.textAt(x + 6f, baseline, "APERÇU", TextStyle.HEADING);
                baseline -= TextStyle.HEADING.leading();
                for (String part : layout.wrap("Le QR code et l'identifiant de l'ordonnance numérique apparaîtront "
                        + "ici après « Valider et envoyer ».", TextStyle.BODY, width - 12f)) {
                    layout.textAt(x + 6f, baseline, part, TextStyle.BODY);
                    baseline -= TextStyle.BODY.leading();
                }
            } else {
                OrdonnanceDelivery.PaperOnly paper = (OrdonnanceDelivery.PaperOnly) ordonnance.delivery();
                float width = signatureX - x - 12f;
                layout.box(x, yBottom + 14f, width, height - 20f, 0f);
                float baseline = yBottom + height - 20f;
                layout.textAt(x + 6f, baseline, "ORDONNANCE PAPIER", TextStyle.HEADING);
                baseline -= TextStyle.HEADING.leading();
                for (String part : layout.wrap("Non enregistrée dans le service d'ordonnance numérique : "
                        + paper.reason().label() + ". Aucun QR code : le pharmacien la lit sur ce papier.",
                        TextStyle.BODY, width - 12f)) {
                    layout.textAt(x + 6f, baseline, part, TextStyle.BODY);
                    baseline -= TextStyle.BODY.leading();
                }
            }
        });
        pdf.text("Ordonnance valable 3 mois à compter de sa date pour la première délivrance. "
                + "Ne la jetez pas : elle peut être demandée lors d'un renouvellement.", TextStyle.SMALL);
    }

    // ------------------------------------------------------------------ vet ordonnance

    /** The vet ordonnance as PDF/A-2b bytes. */
    public byte[] render(VetOrdonnance ordonnance) {
        String title = "Ordonnance vétérinaire n° " + ordonnance.numberText();
        try (PdfLayout pdf = new PdfLayout(new PdfMetadata(title, ordonnance.vet().displayName(),
                "Ordonnance vétérinaire", clock.instant()))) {
            pdf.footer("Galien — " + title);
            header(pdf, ordonnance.practice(), ordonnance.vet(), true);
            dateLine(pdf, ordonnance.place(), ordonnance.date());
            Animal animal = ordonnance.animal();
            Owner owner = ordonnance.owner();
            List<Line> animalBlock = new ArrayList<>();
            animalBlock.add(Line.of("Animal", TextStyle.SMALL_BOLD));
            animalBlock.add(Line.of(animal.name(), NAME));
            animalBlock.add(Line.of(animal.breed() == null || animal.breed().isBlank() ? animal.species()
                    : animal.species() + ", " + animal.breed(), TextStyle.BODY));
            String sexAge = animal.sex() == null ? "" : animal.sex().label();
            if (animal.birthDate() != null) {
                sexAge += (sexAge.isEmpty() ? "" : " — ") + "né·e le " + animal.birthDate().format(
                        DateTimeFormatter.ofPattern("dd/MM/yyyy")) + " (" + age(animal.birthDate(),
                        ordonnance.date()) + ")";
            }
            animalBlock.add(Line.of(sexAge, TextStyle.BODY));
            animalBlock.add(Line.of("Identification : " + (animal.identificationNumber() == null
                    ? "non renseignée" : animal.identificationNumber()), TextStyle.BODY));
            List<Line> ownerBlock = new ArrayList<>();
            ownerBlock.add(Line.of("Propriétaire / détenteur", TextStyle.SMALL_BOLD));
            ownerBlock.add(Line.of(upper(owner.lastName()) + (owner.firstName() == null ? "" : " "
                    + owner.firstName()), NAME));
            Contact contact = owner.contact();
            if (contact.address() != null) {
                ownerBlock.add(Line.of(contact.address(), TextStyle.BODY));
            }
            String city = join(contact.postalCode(), contact.city());
            if (!city.isEmpty()) {
                ownerBlock.add(Line.of(city, TextStyle.BODY));
            }
            if (contact.phone() != null) {
                ownerBlock.add(Line.of("Tél. " + contact.phone(), TextStyle.BODY));
            }
            pdf.sideBySide(animalBlock, ownerBlock);
            pdf.space(6f);
            pdf.text("ORDONNANCE VÉTÉRINAIRE N° " + ordonnance.numberText(), TextStyle.TITLE);
            pdf.rule();
            lines(pdf, ordonnance.lines(), 1);
            pdf.rule();
            float height = 90f;
            pdf.block(height, (layout, x, yBottom) -> {
                float signatureWidth = 200f;
                float signatureX = layout.right() - signatureWidth;
                layout.box(signatureX, yBottom + 6f, signatureWidth, height - 10f, 0.3f);
                layout.textAt(signatureX + 6f, yBottom + height - 16f, "Signature du vétérinaire", TextStyle.SMALL);
                float baseline = yBottom + height - 14f;
                for (String part : layout.wrap(VET_NO_SERVICE + " Numéro de l'ordonnance au registre du "
                        + "cabinet : " + ordonnance.numberText() + ".", TextStyle.SMALL, signatureX - x - 12f)) {
                    layout.textAt(x, baseline, part, TextStyle.SMALL);
                    baseline -= TextStyle.SMALL.leading();
                }
            });
            return pdf.toBytes();
        }
    }

    // ------------------------------------------------------------------ helpers

    private static String birth(BirthDate birthDate, LocalDate on) {
        if (birthDate == null) {
            return "";
        }
        if (!birthDate.isComplete()) {
            return birthDate.toFrench();
        }
        LocalDate born = LocalDate.of(birthDate.year(), birthDate.month(), birthDate.day());
        return birthDate.toFrench() + " (" + age(born, on) + ")";
    }

    static String age(LocalDate born, LocalDate on) {
        Period period = Period.between(born, on);
        if (period.isNegative()) {
            return "date future";
        }
        if (period.getYears() >= 2) {
            return period.getYears() + " ans";
        }
        int months = period.getYears() * 12 + period.getMonths();
        if (months >= 1) {
            return months + " mois";
        }
        return period.getDays() + (period.getDays() > 1 ? " jours" : " jour");
    }

    private static String upper(String text) {
        return text == null ? "" : text.toUpperCase(Locale.FRENCH);
    }

    private static String join(String a, String b) {
        StringBuilder out = new StringBuilder();
        if (a != null && !a.isBlank()) {
            out.append(a.strip());
        }
        if (b != null && !b.isBlank()) {
            out.append(out.length() == 0 ? "" : " ").append(b.strip());
        }
        return out.toString();
    }

    /**
     * Runs a rendering and turns a failure to produce the PDF (font, memory) into {@code ORD-0006}; bad input
     * ({@link IllegalArgumentException}) is left to the caller, who checked it with {@link OrdonnanceRules}.
     */
    public static byte[] guarded(java.util.function.Supplier<byte[]> rendering) {
        try {
            return rendering.get();
        } catch (java.io.UncheckedIOException | IllegalStateException e) {
            throw new fr.galien.core.error.SegurException(OrdonnanceError.ORD_0006, e);
        }
    }

    /** A clock in the practice's zone, for callers that have none. */
    public static OrdonnancePdf withSystemClock() {
        return new OrdonnancePdf(Clock.system(ZoneId.of("Europe/Paris")));
    }
}
