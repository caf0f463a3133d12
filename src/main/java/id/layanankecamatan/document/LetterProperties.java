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
 */
@ConfigurationProperties("layanan.letters")
public record LetterProperties(String numberFormat, boolean sequencePerClassification, String templateDir,
                               Resource logo) {
}
