package fr.galien.core.account;

import fr.galien.core.error.SegurException;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.Objects;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * Password hashing with PBKDF2-HMAC-SHA256 from the JDK (ADR 0010): 600,000 iterations (OWASP 2023), a random
 * 16-byte salt per password, a 32-byte key. The stored form names its scheme and cost —
 * {@code $pbkdf2-sha256$600000$<salt base64>$<hash base64>} — so the cost can grow (or the scheme change) without a
 * migration: {@link #needsRehash} tells when a successful login should store a fresh hash.
 *
 * <p>Passwords are {@code char[]} wiped from the key spec after use; nothing here logs or keeps them. Comparison is
 * constant-time ({@link MessageDigest#isEqual}).
 */
public final class PasswordHasher {

    /** OWASP Password Storage Cheat Sheet (2023) for PBKDF2-HMAC-SHA256. */
    public static final int PRODUCTION_ITERATIONS = 600_000;

    static final String SCHEME = "pbkdf2-sha256";
    private static final String ALGORITHM = "PBKDF2WithHmacSHA256";
    private static final int SALT_BYTES = 16;
    private static final int KEY_BITS = 256;
    /** Stops a forged stored hash from making one login cost minutes. */
    private static final int MAX_ITERATIONS = 10_000_000;

    private final int iterations;
    private final SecureRandom random;

    /** The production hasher. */
    public PasswordHasher() {
        this(PRODUCTION_ITERATIONS);
    }

    /** Fewer iterations only for tests (same package), so a test suite does not spend minutes hashing. */
    PasswordHasher(int iterations) {
        if (iterations < 1) {
            throw new IllegalArgumentException("iterations");
        }
        this.iterations = iterations;
        this.random = new SecureRandom();
    }

    public String hash(char[] password) {
        Objects.requireNonNull(password, "password");
        byte[] salt = new byte[SALT_BYTES];
        random.nextBytes(salt);
        byte[] key = derive(password, salt, iterations);
        Base64.Encoder base64 = Base64.getEncoder().withoutPadding();
        return "$" + SCHEME + "$" + iterations + "$" + base64.encodeToString(salt) + "$" + base64.encodeToString(key);
    }

    /** True when {@code password} matches {@code stored}; false for a malformed or unknown stored form. */
    public boolean verify(char[] password, String stored) {
        Objects.requireNonNull(password, "password");
        Parsed parsed = parse(stored);
        if (parsed == null) {
            return false;
        }
        byte[] candidate = derive(password, parsed.salt, parsed.iterations);
        return MessageDigest.isEqual(candidate, parsed.key);
    }

    /** True when {@code stored} was made with another scheme or fewer iterations than this hasher uses. */
    public boolean needsRehash(String stored) {
        Parsed parsed = parse(stored);
        return parsed == null || parsed.iterations < iterations;
    }

    private record Parsed(int iterations, byte[] salt, byte[] key) {
    }

    private static Parsed parse(String stored) {
        if (stored == null) {
            return null;
        }
        String[] parts = stored.split("\\$", -1);
        if (parts.length != 5 || !parts[0].isEmpty() || !SCHEME.equals(parts[1])) {
            return null;
        }
        try {
            int iterations = Integer.parseInt(parts[2]);
            if (iterations < 1 || iterations > MAX_ITERATIONS) {
                return null;
            }
            Base64.Decoder base64 = Base64.getDecoder();
            byte[] salt = base64.decode(parts[3]);
            byte[] key = base64.decode(parts[4]);
            return salt.length == 0 || key.length == 0 ? null : new Parsed(iterations, salt, key);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static byte[] derive(char[] password, byte[] salt, int iterations) {
        PBEKeySpec spec = new PBEKeySpec(password, salt, iterations, KEY_BITS);
        try {
            return SecretKeyFactory.getInstance(ALGORITHM).generateSecret(spec).getEncoded();
        } catch (GeneralSecurityException e) {
            // Every Java SE 8+ platform ships PBKDF2WithHmacSHA256; without it nobody can log in.
            throw new SegurException(AccountError.ACC_0010, e);
        } finally {
            spec.clearPassword();
        }
    }

    /** Overwrites a password buffer the caller no longer needs. */
    public static void wipe(char[] secret) {
        if (secret != null) {
            Arrays.fill(secret, '\0');
        }
    }
}
