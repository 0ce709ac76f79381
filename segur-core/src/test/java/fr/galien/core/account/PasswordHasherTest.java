package fr.galien.core.account;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PasswordHasherTest {

    private final PasswordHasher cheap = new PasswordHasher(1_000);

    @Test
    void productionCostFollowsOwasp2023() {
        assertThat(PasswordHasher.PRODUCTION_ITERATIONS).isGreaterThanOrEqualTo(600_000);
        assertThat(new PasswordHasher().hash("un mot de passe assez long".toCharArray()))
                .startsWith("$pbkdf2-sha256$600000$");
    }

    @Test
    void hashVerifiesOnlyTheSamePassword() {
        String stored = cheap.hash("lune bleue sur le toit".toCharArray());
        assertThat(cheap.verify("lune bleue sur le toit".toCharArray(), stored)).isTrue();
        assertThat(cheap.verify("lune bleue sur le toiT".toCharArray(), stored)).isFalse();
    }

    @Test
    void eachHashHasItsOwnSalt() {
        char[] password = "lune bleue sur le toit".toCharArray();
        assertThat(cheap.hash(password)).isNotEqualTo(cheap.hash(password));
    }

    @Test
    void storedFormNamesSchemeCostSaltAndKey() {
        String[] parts = cheap.hash("lune bleue sur le toit".toCharArray()).split("\\$");
        assertThat(parts).hasSize(5);
        assertThat(parts[1]).isEqualTo("pbkdf2-sha256");
        assertThat(parts[2]).isEqualTo("1000");
        assertThat(java.util.Base64.getDecoder().decode(parts[3])).hasSize(16);
        assertThat(java.util.Base64.getDecoder().decode(parts[4])).hasSize(32);
    }

    @Test
    void weakerStoredHashNeedsRehash() {
        String old = cheap.hash("lune bleue sur le toit".toCharArray());
        assertThat(new PasswordHasher(2_000).needsRehash(old)).isTrue();
        assertThat(cheap.needsRehash(old)).isFalse();
    }

    @Test
    void malformedOrForeignStoredFormNeverVerifies() {
        char[] password = "lune bleue sur le toit".toCharArray();
        assertThat(cheap.verify(password, null)).isFalse();
        assertThat(cheap.verify(password, "lune bleue sur le toit")).isFalse();
        assertThat(cheap.verify(password, "$bcrypt$10$abc$def")).isFalse();
        assertThat(cheap.verify(password, "$pbkdf2-sha256$999999999$AAAA$AAAA")).isFalse();
        assertThat(cheap.verify(password, "$pbkdf2-sha256$1000$%%%$AAAA")).isFalse();
    }
}
