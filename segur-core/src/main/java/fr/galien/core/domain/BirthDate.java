package fr.galien.core.domain;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A birth date that may be partly unknown: INSi returns "lunar" dates with {@code 00} as day and/or month
 * (decisions.md). Stored and exchanged as {@code yyyy-MM-dd}, zeros kept.
 */
public record BirthDate(int year, int month, int day) implements Comparable<BirthDate> {

    private static final Pattern ISO = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})");
    private static final Pattern FRENCH = Pattern.compile("(\\d{1,2})/(\\d{1,2})/(\\d{4})");

    public BirthDate {
        if (year < 1800 || year > 9999 || month < 0 || month > 12 || day < 0 || day > 31) {
            throw new DateTimeException("Date de naissance hors limites : " + year + "-" + month + "-" + day);
        }
        if (month == 0 && day != 0) {
            throw new DateTimeException("Jour connu mais mois inconnu");
        }
        if (month != 0 && day != 0) {
            LocalDate.of(year, month, day); // throws on 31/02 and the like
        }
    }

    public static BirthDate of(LocalDate date) {
        return new BirthDate(date.getYear(), date.getMonthValue(), date.getDayOfMonth());
    }

    /** Parses {@code yyyy-MM-dd} (zeros allowed); empty if the text is not such a date. */
    public static Optional<BirthDate> parseIso(String text) {
        return parse(text, ISO, 1, 2, 3);
    }

    /** Parses the French {@code jj/mm/aaaa} typed at the counter (zeros allowed); empty otherwise. */
    public static Optional<BirthDate> parseFrench(String text) {
        return parse(text, FRENCH, 3, 2, 1);
    }

    private static Optional<BirthDate> parse(String text, Pattern pattern, int y, int m, int d) {
        if (text == null) {
            return Optional.empty();
        }
        Matcher matcher = pattern.matcher(text.strip());
        if (!matcher.matches()) {
            return Optional.empty();
        }
        try {
            return Optional.of(new BirthDate(Integer.parseInt(matcher.group(y)), Integer.parseInt(matcher.group(m)),
                    Integer.parseInt(matcher.group(d))));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    public boolean isComplete() {
        return month != 0 && day != 0;
    }

    /** A partly unknown date is in the future only if its earliest possible day is. */
    public boolean isAfter(LocalDate today) {
        LocalDate earliest = LocalDate.of(year, Math.max(month, 1), Math.max(day, 1));
        return earliest.isAfter(today);
    }

    public boolean isInFuture(Clock clock) {
        return isAfter(LocalDate.now(clock));
    }

    public String toIso() {
        return String.format("%04d-%02d-%02d", year, month, day);
    }

    public String toFrench() {
        return String.format("%02d/%02d/%04d", day, month, year);
    }

    @Override
    public int compareTo(BirthDate other) {
        return toIso().compareTo(other.toIso());
    }

    @Override
    public String toString() {
        return toIso();
    }
}
