package fr.galien.app.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** What a counter scans in a day, invented: boxes (with and without GS), CIP barcodes, e-prescriptions, ApCV, junk. */
final class ScanSamples {

    private static final String GS = "\u001D";
    private static final String ALPHANUMERIC = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ";

    private ScanSamples() {
    }

    static List<String> mix(Random random, int count) {
        List<String> texts = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            String cip13 = cip13(random);
            String expiry = String.format("%02d%02d%02d", 24 + random.nextInt(6), 1 + random.nextInt(12),
                    random.nextInt(29));
            String lot = text(random, 3 + random.nextInt(8));
            String serial = text(random, 8 + random.nextInt(12));
            texts.add(switch (random.nextInt(6)) {
                case 0 -> "]d201" + "0" + cip13 + "17" + expiry + "10" + lot + GS + "21" + serial;
                case 1 -> "01" + "0" + cip13 + "21" + serial + GS + "17" + expiry + "10" + lot;
                case 2 -> "01" + "0" + cip13 + "17" + expiry + "10" + lot + "21" + serial; // scanner without GS
                case 3 -> cip13;
                case 4 -> text(random, 18);
                default -> random.nextBoolean() ? "APCV1:TEST-" + text(random, 8) : "ordonnance " + text(random, 5);
            });
        }
        return texts;
    }

    private static String cip13(Random random) {
        StringBuilder twelve = new StringBuilder("340");
        for (int i = 0; i < 9; i++) {
            twelve.append(random.nextInt(10));
        }
        int sum = 0;
        for (int i = 0; i < 12; i++) {
            int digit = twelve.charAt(11 - i) - '0';
            sum += i % 2 == 0 ? digit * 3 : digit;
        }
        return twelve.append((10 - sum % 10) % 10).toString();
    }

    private static String text(Random random, int length) {
        StringBuilder out = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            out.append(ALPHANUMERIC.charAt(random.nextInt(ALPHANUMERIC.length())));
        }
        return out.toString();
    }
}
