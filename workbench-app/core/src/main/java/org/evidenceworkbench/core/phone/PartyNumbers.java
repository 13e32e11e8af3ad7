package org.evidenceworkbench.core.phone;

import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;

/**
 * Parties as search sees them: a phone number as the database wrote it ("07700 900123") and in
 * E.164 ("+447700900123"), the form the identifier detectors give their phone entities, so
 * {@code party:+447700900123} finds the number however each app wrote it. Numbers without a
 * country code are read as UK numbers, as the phone detector reads them.
 */
public final class PartyNumbers {

    private static final String DEFAULT_REGION = "GB";
    private static final Pattern PHONE_LIKE = Pattern.compile("\\+?[0-9 ()\\-]{7,20}");
    private static final PhoneNumberUtil UTIL = PhoneNumberUtil.getInstance();

    private PartyNumbers() {
    }

    /** The parties joined for the from/to search fields, each number followed by its E.164 form where that differs. */
    public static String searchable(List<String> parties) {
        return parties.stream().map(PartyNumbers::searchable).collect(Collectors.joining(", "));
    }

    public static String searchable(String party) {
        if (party == null) {
            return null;
        }
        String e164 = e164(party);
        return e164 == null || e164.equals(party) ? party : party + " " + e164;
    }

    /** The number in E.164, or null when the party is not a valid phone number. */
    static String e164(String party) {
        String candidate = party.strip();
        int name = candidate.indexOf(" (");
        if (name > 0) {
            candidate = candidate.substring(0, name); // "+447700900123 (Alex)" as a report writes a party
        }
        if (!PHONE_LIKE.matcher(candidate).matches()) {
            return null;
        }
        try {
            PhoneNumber n = UTIL.parse(candidate, DEFAULT_REGION);
            return UTIL.isValidNumber(n) ? UTIL.format(n, PhoneNumberUtil.PhoneNumberFormat.E164) : null;
        } catch (NumberParseException e) {
            return null;
        }
    }
}
