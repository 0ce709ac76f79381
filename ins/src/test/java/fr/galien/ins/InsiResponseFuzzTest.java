package fr.galien.ins;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import fr.galien.core.error.SegurException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * Generated malformed input over the INSi answer parser (issue 4, "a fuzz or generated-malformed-input test"): valid
 * answers of every kind, mutated by a seeded random mutator (truncation, deletion, duplication, byte flips, XML
 * fragments that matter — DOCTYPE, entities, CDATA, namespaces, faults, deep nesting). Every input must give an
 * answer or an {@code INS-01xx} error; any other exception fails with the seed, the case and the input to replay.
 * {@code -Dfuzz.seed=… -Dfuzz.cases=…} widen a run; the default is fixed so the build is reproducible.
 */
class InsiResponseFuzzTest {

    private static final long SEED = Long.getLong("fuzz.seed", 20_260_401L);
    private static final int CASES = Integer.getInteger("fuzz.cases", 4_000);

    private static final List<String> SEEDS = List.of(InsiAnswers.CR00_WITH_HISTORY, InsiAnswers.CR00_NIA,
            InsiAnswers.CR00_KEY_DOES_NOT_VERIFY, InsiAnswers.CR00_LUNAR_CORSICA, InsiAnswers.CR01, InsiAnswers.CR02,
            InsiAnswers.FAULT_SENDER, InsiAnswers.FAULT_RECEIVER);

    private static final List<String> FRAGMENTS = List.of("<", ">", "</", "/>", "<x>", "</x>", "&", "&amp;", "&#0;",
            "&#x110000;", "&xxe;", "<!DOCTYPE r [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>",
            "<!DOCTYPE r SYSTEM \"http://127.0.0.1:9/x.dtd\">", "<![CDATA[", "]]>", "\u0000", "\uFFFF", "\uD800",
            "<?xml version=\"1.0\"?>", "<?xml version=\"1.1\" encoding=\"UTF-16\"?>", " xmlns=\"urn:x\"",
            " xmlns:soap=\"urn:autre\"", "<soap:Fault>", "<CodeCR>00</CodeCR>", "<CodeCR>9</CodeCR>", "<INDIVIDU>",
            "<INSHISTO>", "<TIQ/>", "<OID/>", "\"", "'", "=", "<a>".repeat(40), "é", "\r\n", "<!--", "-->",
            "<?pi x?>", " attr=\"v\"", " attr=v");

    private static final byte[] DECLARATION = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
            .getBytes(StandardCharsets.UTF_8);

    private final InsiResponseParser parser = new InsiResponseParser();

    @Test
    void everyMutatedAnswerGivesAResultOrAnInsiError() {
        Random random = new Random(SEED);
        Set<String> codes = new TreeSet<>();
        int results = 0;
        for (int i = 0; i < CASES; i++) {
            byte[] input = mutate(random, SEEDS.get(random.nextInt(SEEDS.size())).getBytes(StandardCharsets.UTF_8));
            try {
                parser.parse(input);
                results++;
            } catch (SegurException e) {
                assertThat(e.code()).as(replay(i, input)).matches("INS-01[0-4]\\d");
                codes.add(e.code());
            } catch (RuntimeException | Error e) {
                fail(replay(i, input) + " threw " + e, e);
            }
            try {
                parser.faultOf(input);
            } catch (RuntimeException | Error e) {
                fail(replay(i, input) + " faultOf threw " + e, e);
            }
        }
        // The mutator must reach both sides, or the test proves little.
        assertThat(results).as("mutated inputs still read as answers").isPositive();
        assertThat(codes).as("error codes met").contains("INS-0105", "INS-0106", "INS-0107", "INS-0110");
    }

    private static byte[] mutate(Random random, byte[] seed) {
        byte[] current = seed;
        int rounds = 1 + random.nextInt(4);
        for (int r = 0; r < rounds; r++) {
            current = mutateOnce(random, current);
        }
        return current;
    }

    private static byte[] mutateOnce(Random random, byte[] in) {
        if (in.length == 0) {
            return fragment(random);
        }
        int at = random.nextInt(in.length);
        int length = 1 + random.nextInt(Math.max(1, Math.min(64, in.length - at)));
        return switch (random.nextInt(8)) {
            case 0 -> slice(in, 0, at);                                       // truncate
            case 1 -> concat(slice(in, 0, at), slice(in, at + length, in.length)); // delete a range
            case 2 -> concat(slice(in, 0, at + length), slice(in, at, in.length)); // duplicate a range
            case 3 -> {                                                        // flip a byte
                byte[] copy = in.clone();
                copy[at] = (byte) random.nextInt(256);
                yield copy;
            }
            case 4 -> concat(concat(slice(in, 0, at), fragment(random)), slice(in, at, in.length)); // insert
            case 5 -> concat(concat(slice(in, 0, at), fragment(random)), slice(in, at + length, in.length));
            case 6 -> concat(fragment(random), random.nextBoolean() ? withoutDeclaration(in) : in); // in the prolog
            default -> {                                                       // random bytes
                byte[] noise = new byte[1 + random.nextInt(16)];
                random.nextBytes(noise);
                yield concat(concat(slice(in, 0, at), noise), slice(in, at, in.length));
            }
        };
    }

    private static byte[] withoutDeclaration(byte[] in) {
        return slice(in, DECLARATION.length, in.length);
    }

    private static byte[] fragment(Random random) {
        return FRAGMENTS.get(random.nextInt(FRAGMENTS.size())).getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] slice(byte[] in, int from, int to) {
        int start = Math.min(from, in.length);
        int end = Math.max(start, Math.min(to, in.length));
        byte[] out = new byte[end - start];
        System.arraycopy(in, start, out, 0, out.length);
        return out;
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = new byte[a.length + b.length];
        System.arraycopy(a, 0, out, 0, a.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    private static String replay(int index, byte[] input) {
        return "seed " + SEED + ", case " + index + ", input (base64) " + Base64.getEncoder().encodeToString(input);
    }
}
