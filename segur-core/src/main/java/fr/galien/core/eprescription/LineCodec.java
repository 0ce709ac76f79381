package fr.galien.core.eprescription;

import fr.galien.core.port.EPrescriptionPort.CodeSystem;
import fr.galien.core.port.EPrescriptionPort.Completeness;
import fr.galien.core.port.EPrescriptionPort.DispensedLine;
import fr.galien.core.port.EPrescriptionPort.NotDispensedReason;
import fr.galien.core.port.EPrescriptionPort.PeriodUnit;
import fr.galien.core.port.EPrescriptionPort.Posology;
import fr.galien.core.port.EPrescriptionPort.PrescribedLine;
import fr.galien.core.port.EPrescriptionPort.Product;
import fr.galien.core.port.EPrescriptionPort.StructuredPosology;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.TreeMap;

/**
 * The lines of a local prescription or dispensation as stored in {@code eprescription.content} (V13): a sorted
 * {@code key=value} text (the JDK's properties escaping), readable by support and independent of any wire format.
 */
final class LineCodec {

    private LineCodec() {
    }

    static String prescribed(List<PrescribedLine> lines) {
        TreeMap<String, String> values = new TreeMap<>();
        values.put("lines", Integer.toString(lines.size()));
        for (PrescribedLine line : lines) {
            String p = "line." + line.number() + ".";
            values.put(p + "system", line.product().system().name());
            values.put(p + "code", line.product().code());
            values.put(p + "label", line.product().label());
            values.put(p + "posology", line.posology().text());
            line.posology().structured().ifPresent(s -> {
                values.put(p + "dose", s.dose().toPlainString());
                values.put(p + "doseUnit", s.doseUnit());
                values.put(p + "frequency", Integer.toString(s.frequency()));
                values.put(p + "period", Integer.toString(s.period()));
                values.put(p + "periodUnit", s.periodUnit().name());
            });
            values.put(p + "quantity", line.quantity().toPlainString());
            values.put(p + "quantityUnit", line.quantityUnit());
            if (line.durationDays() != null) {
                values.put(p + "durationDays", line.durationDays().toString());
            }
            values.put(p + "renewals", Integer.toString(line.renewals()));
            values.put(p + "nonSubstitutable", Boolean.toString(line.nonSubstitutable()));
            values.put(p + "ald", Boolean.toString(line.ald()));
            values.put(p + "number", Integer.toString(line.number()));
        }
        return write(values);
    }

    static List<PrescribedLine> prescribed(String text) {
        Properties values = read(text);
        int count = Integer.parseInt(values.getProperty("lines", "0"));
        List<PrescribedLine> lines = new ArrayList<>();
        for (int number = 1; number <= count; number++) {
            String p = "line." + number + ".";
            Optional<StructuredPosology> structured = values.containsKey(p + "dose")
                    ? Optional.of(new StructuredPosology(new BigDecimal(values.getProperty(p + "dose")),
                            values.getProperty(p + "doseUnit"), Integer.parseInt(values.getProperty(p + "frequency")),
                            Integer.parseInt(values.getProperty(p + "period")),
                            PeriodUnit.valueOf(values.getProperty(p + "periodUnit"))))
                    : Optional.empty();
            String duration = values.getProperty(p + "durationDays");
            lines.add(new PrescribedLine(number,
                    new Product(CodeSystem.valueOf(values.getProperty(p + "system")), values.getProperty(p + "code"),
                            values.getProperty(p + "label")),
                    new Posology(values.getProperty(p + "posology"), structured),
                    new BigDecimal(values.getProperty(p + "quantity")), values.getProperty(p + "quantityUnit"),
                    duration == null ? null : Integer.valueOf(duration),
                    Integer.parseInt(values.getProperty(p + "renewals")),
                    Boolean.parseBoolean(values.getProperty(p + "nonSubstitutable")),
                    Boolean.parseBoolean(values.getProperty(p + "ald"))));
        }
        return lines;
    }

    static String dispensed(List<DispensedLine> lines) {
        TreeMap<String, String> values = new TreeMap<>();
        values.put("lines", Integer.toString(lines.size()));
        int index = 0;
        for (DispensedLine line : lines) {
            String p = "entry." + (++index) + ".";
            values.put(p + "line", Integer.toString(line.lineNumber()));
            values.put(p + "quantity", line.quantity().toPlainString());
            values.put(p + "completeness", line.completeness().name());
            if (line.substitute() != null) {
                values.put(p + "substituteSystem", line.substitute().system().name());
                values.put(p + "substituteCode", line.substitute().code());
                values.put(p + "substituteLabel", line.substitute().label());
            }
            if (line.reason() != null) {
                values.put(p + "reason", line.reason().name());
            }
        }
        return write(values);
    }

    static List<DispensedLine> dispensed(String text) {
        Properties values = read(text);
        int count = Integer.parseInt(values.getProperty("lines", "0"));
        List<DispensedLine> lines = new ArrayList<>();
        for (int index = 1; index <= count; index++) {
            String p = "entry." + index + ".";
            Product substitute = values.containsKey(p + "substituteCode")
                    ? new Product(CodeSystem.valueOf(values.getProperty(p + "substituteSystem")),
                            values.getProperty(p + "substituteCode"), values.getProperty(p + "substituteLabel"))
                    : null;
            String reason = values.getProperty(p + "reason");
            lines.add(new DispensedLine(Integer.parseInt(values.getProperty(p + "line")),
                    new BigDecimal(values.getProperty(p + "quantity")),
                    Completeness.valueOf(values.getProperty(p + "completeness")), substitute,
                    reason == null ? null : NotDispensedReason.valueOf(reason)));
        }
        return lines;
    }

    private static String write(TreeMap<String, String> values) {
        StringBuilder text = new StringBuilder();
        Properties one = new Properties();
        for (var entry : values.entrySet()) {
            one.clear();
            one.setProperty(entry.getKey(), entry.getValue());
            StringWriter line = new StringWriter();
            try {
                one.store(line, null);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            // store() writes a date comment first: keep the key=value line only, so equal content gives equal text.
            for (String part : line.toString().split("\\R")) {
                if (!part.startsWith("#") && !part.isEmpty()) {
                    text.append(part).append('\n');
                }
            }
        }
        return text.toString();
    }

    private static Properties read(String text) {
        Properties values = new Properties();
        try {
            values.load(new StringReader(text));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return values;
    }
}
