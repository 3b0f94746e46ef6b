package com.loyaltyledger.infra.client;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberFormat;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Phones as people type them ({@code 8 (913) 294-73-02}) turned into E.164 ({@code +79132947302}), with numbers
 * without a country code read as numbers of the configured default region.
 */
@Component
public class PhoneNumbers {

    private static final int MIN_SUFFIX_DIGITS = 3;

    private final PhoneNumberUtil util = PhoneNumberUtil.getInstance();
    private final String defaultRegion;
    private final String countryCode;
    private final String nationalPrefix;

    public PhoneNumbers(@Value("${ledger.phone.default-region:RU}") String defaultRegion) {
        this.defaultRegion = defaultRegion;
        this.countryCode = String.valueOf(util.getCountryCodeForRegion(defaultRegion));
        String prefix = util.getNddPrefixForRegion(defaultRegion, true);
        this.nationalPrefix = prefix == null ? "" : prefix;
    }

    /** The E.164 form of a valid number, or empty when it cannot be read as one. */
    public Optional<String> normalize(String typed) {
        if (typed == null || typed.isBlank() || typed.length() > 40) {
            return Optional.empty();
        }
        try {
            PhoneNumber number = util.parse(typed, defaultRegion);
            return util.isValidNumber(number)
                    ? Optional.of(util.format(number, PhoneNumberFormat.E164))
                    : Optional.empty();
        } catch (NumberParseException e) {
            return Optional.empty();
        }
    }

    /**
     * What a phone typed into a search box may be the beginning of, as international digits: the number
     * itself when it is complete; otherwise the digits as typed, and read as a national number with or
     * without the trunk prefix ("8 913" and "913" both mean "7913" in Russia).
     */
    public PhoneSearch search(String typed) {
        String digits = typed.replaceAll("\\D", "");
        if (digits.isEmpty()) {
            return new PhoneSearch(List.of(), null);
        }
        Optional<String> complete = normalize(typed);
        if (complete.isPresent()) {
            return new PhoneSearch(List.of(complete.get().substring(1)), null);
        }
        LinkedHashSet<String> prefixes = new LinkedHashSet<>();
        prefixes.add(digits);
        if (!typed.strip().startsWith("+")) {
            if (!nationalPrefix.isEmpty() && digits.startsWith(nationalPrefix) && digits.length() > 1) {
                prefixes.add(countryCode + digits.substring(nationalPrefix.length()));
            } else {
                prefixes.add(countryCode + digits);
            }
        }
        return new PhoneSearch(new ArrayList<>(prefixes), digits.length() >= MIN_SUFFIX_DIGITS ? digits : null);
    }

    /** International digit prefixes to match, and the typed digits to match at the end of a number. */
    public record PhoneSearch(List<String> prefixes, String suffix) {
    }
}
