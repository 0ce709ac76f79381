package fr.galien.core.mssante;

import fr.galien.core.error.SegurException;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads a received IHE XDM archive (specs §3.4) in memory, never on disk, within limits: at most
 * {@link #MAX_ENTRIES} entries, {@link #MAX_ENTRY_BYTES} per entry and {@link #MAX_TOTAL_BYTES} in all once
 * decompressed, counted while inflating (the sizes a zip declares may lie) — a zip bomb stops there
 * ({@code XDM-0003}). An entry name with {@code ..}, a leading slash, a backslash or a drive letter is refused
 * ({@code XDM-0002}); METADATA.XML goes through {@link SafeStax} (DOCTYPE/XXE refused, {@code XDM-0005}); each
 * document listed must be in the archive with the size and SHA-1 the metadata gives ({@code XDM-0007}).
 */
public final class XdmArchive {

    public static final int MAX_ENTRIES = 200;
    public static final long MAX_ENTRY_BYTES = 20L * 1024 * 1024;
    public static final long MAX_TOTAL_BYTES = 40L * 1024 * 1024;

    private XdmArchive() {
    }

    /** One document of the archive with the metadata its ExtrinsicObject gives. */
    public record Entry(String path, String mimeType, String uniqueId, String title, String typeCode,
                        byte[] content) {
    }

    public static List<Entry> read(byte[] zip) {
        Map<String, byte[]> files = unzip(zip);
        List<String> metadataFiles = files.keySet().stream()
                .filter(name -> name.startsWith("IHE_XDM/") && name.endsWith("/METADATA.XML")
                        && name.chars().filter(c -> c == '/').count() == 2)
                .toList();
        if (metadataFiles.isEmpty()) {
            throw new SegurException(XdmError.XDM_0004);
        }
        List<Entry> entries = new ArrayList<>();
        for (String metadataFile : metadataFiles) {
            String folder = metadataFile.substring(0, metadataFile.lastIndexOf('/') + 1);
            for (Listed listed : metadata(files.get(metadataFile))) {
                String uri = safeName(listed.uri);
                byte[] content = files.get((folder + uri).toUpperCase(Locale.ROOT));
                if (content == null) {
                    throw new SegurException(XdmError.XDM_0007, uri);
                }
                if (listed.size != null && !listed.size.equals(Long.toString(content.length))) {
                    throw new SegurException(XdmError.XDM_0007, uri);
                }
                if (listed.hash != null && !listed.hash.equalsIgnoreCase(XdmPackage.sha1(content))) {
                    throw new SegurException(XdmError.XDM_0007, uri);
                }
                entries.add(new Entry(folder + uri, listed.mimeType, listed.uniqueId, listed.title, listed.typeCode,
                        content));
            }
        }
        return entries;
    }

    /** Every entry, keyed by its upper-cased name. */
    static Map<String, byte[]> unzip(byte[] zip) {
        Map<String, byte[]> files = new LinkedHashMap<>();
        long total = 0;
        int count = 0;
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip), StandardCharsets.UTF_8)) {
            ZipEntry entry;
            byte[] buffer = new byte[8192];
            while ((entry = in.getNextEntry()) != null) {
                if (++count > MAX_ENTRIES) {
                    throw new SegurException(XdmError.XDM_0003, "plus de " + MAX_ENTRIES + " fichiers");
                }
                String name = safeName(entry.getName());
                if (entry.isDirectory()) {
                    continue;
                }
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                long size = 0;
                int read;
                while ((read = in.read(buffer)) > 0) {
                    size += read;
                    total += read;
                    if (size > MAX_ENTRY_BYTES || total > MAX_TOTAL_BYTES) {
                        throw new SegurException(XdmError.XDM_0003, "plus de " + MAX_TOTAL_BYTES / 1024 / 1024
                                + " Mo décompressés");
                    }
                    out.write(buffer, 0, read);
                }
                String key = name.toUpperCase(Locale.ROOT);
                if (files.putIfAbsent(key, out.toByteArray()) != null) {
                    throw new SegurException(XdmError.XDM_0002, name);
                }
            }
        } catch (ZipException | IllegalArgumentException e) {
            throw new SegurException(XdmError.XDM_0001, e);
        } catch (IOException e) {
            throw new SegurException(XdmError.XDM_0001, e);
        }
        if (count == 0) {
            throw new SegurException(XdmError.XDM_0001);
        }
        return files;
    }

    /** A relative name with forward slashes, no {@code ..}, no root, no drive, no control character. */
    static String safeName(String name) {
        if (name == null || name.isEmpty() || name.length() > 255 || name.startsWith("/") || name.contains("\\")
                || name.contains(":") || name.chars().anyMatch(c -> c < 0x20 || c == 0x7f)) {
            throw new SegurException(XdmError.XDM_0002, printable(name));
        }
        for (String segment : name.split("/")) {
            if (segment.equals("..") || segment.equals(".")) {
                throw new SegurException(XdmError.XDM_0002, printable(name));
            }
        }
        return name;
    }

    private static String printable(String name) {
        if (name == null) {
            return "";
        }
        String cleaned = name.replaceAll("\\p{Cntrl}", "?");
        return cleaned.length() > 100 ? cleaned.substring(0, 100) + "…" : cleaned;
    }

    private static final class Listed {
        String uri;
        String mimeType;
        String hash;
        String size;
        String uniqueId;
        String title;
        String typeCode;
    }

    private static List<Listed> metadata(byte[] xml) {
        List<Listed> listed = new ArrayList<>();
        String[] slot = new String[1];
        StringBuilder value = new StringBuilder();
        boolean[] inValue = new boolean[1];
        Listed[] current = new Listed[1];
        String root = SafeStax.walk(xml, "METADATA.XML", XdmError.XDM_0006, new SafeStax.Visitor() {
            @Override
            public void start(XMLStreamReader reader, int depth) {
                String local = reader.getLocalName();
                switch (local) {
                    case "ExtrinsicObject" -> {
                        current[0] = new Listed();
                        current[0].mimeType = reader.getAttributeValue(null, "mimeType");
                        listed.add(current[0]);
                    }
                    case "Slot" -> slot[0] = reader.getAttributeValue(null, "name");
                    case "Value" -> {
                        inValue[0] = true;
                        value.setLength(0);
                    }
                    case "LocalizedString" -> {
                        if (current[0] != null && current[0].title == null) {
                            current[0].title = reader.getAttributeValue(null, "value");
                        }
                    }
                    case "ExternalIdentifier" -> {
                        if (current[0] != null && "urn:uuid:2e82c1f6-a085-4c72-9da3-8640a32e42ab".equals(
                                reader.getAttributeValue(null, "identificationScheme"))) {
                            current[0].uniqueId = reader.getAttributeValue(null, "value");
                        }
                    }
                    case "Classification" -> {
                        if (current[0] != null && "urn:uuid:f0306f51-975f-434e-a61c-c59651d33983".equals(
                                reader.getAttributeValue(null, "classificationScheme"))) {
                            current[0].typeCode = reader.getAttributeValue(null, "nodeRepresentation");
                        }
                    }
                    default -> {
                    }
                }
            }

            @Override
            public void end(XMLStreamReader reader, int depth) {
                String local = reader.getLocalName();
                if (local.equals("Value") && current[0] != null && slot[0] != null) {
                    String text = value.toString().strip();
                    switch (slot[0]) {
                        case "URI" -> current[0].uri = current[0].uri == null ? text : current[0].uri;
                        case "hash" -> current[0].hash = text;
                        case "size" -> current[0].size = text;
                        default -> {
                        }
                    }
                    inValue[0] = false;
                } else if (local.equals("Slot")) {
                    slot[0] = null;
                } else if (local.equals("ExtrinsicObject")) {
                    current[0] = null;
                }
            }

            @Override
            public void text(String text, int depth) {
                if (inValue[0] && value.length() < 4096) {
                    value.append(text);
                }
            }
        });
        if (!"SubmitObjectsRequest".equals(root) && !"ProvideAndRegisterDocumentSetRequest".equals(root)) {
            throw new SegurException(XdmError.XDM_0006, "METADATA.XML");
        }
        for (Listed entry : listed) {
            if (entry.uri == null || entry.uri.isBlank()) {
                throw new SegurException(XdmError.XDM_0006, "METADATA.XML");
            }
            if (entry.uri.contains("/")) {
                throw new SegurException(XdmError.XDM_0002, entry.uri);
            }
        }
        return listed;
    }
}
