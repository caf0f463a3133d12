package id.layanankecamatan.document;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.core.io.Resource;

/**
 * How the office numbers and lays out its letters (see README, "Surat resmi").
 *
 * @param numberFormat              tokens {classification}, {sequence} or {sequence:N} (zero-padded to N
 *                                  digits), {office}, {month} (Roman numerals), {monthNumber}, {year}
 * @param sequencePerClassification a separate sequence per classification code instead of one per year
 * @param templateDir               a folder whose {service code}.txt replaces the bundled letter template
 * @param logo                      the letterhead emblem (PNG or JPEG)
 * @param closing                   the closing sentence of a letter whose template has none of its own
 */
@ConfigurationProperties("layanan.letters")
public record LetterProperties(String numberFormat, boolean sequencePerClassification, String templateDir,
                               Resource logo, String closing) {

    static final String DEFAULT_CLOSING = "Demikian surat ini dibuat untuk dipergunakan sebagaimana mestinya.";

    public String closingOrDefault() {
        return closing == null || closing.isBlank() ? DEFAULT_CLOSING : closing.strip();
    }
}
