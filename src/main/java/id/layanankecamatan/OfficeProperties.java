package id.layanankecamatan;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Identity of the office printed on letters and mails; set per deployment (see README). The signer is the camat;
 * the deputy (sekretaris kecamatan) signs "a.n. Camat" where the catalogue lets the sekcam sign; an acting
 * official signs as "Plh." or "Plt. Camat" within the dates of the mandate. {@code regionCode} is the kecamatan's
 * Kemendagri code as the first six digits of its residents' NIKs (127703 for Padangsidimpuan Batunadua).
 */
@ConfigurationProperties("layanan.office")
public record OfficeProperties(String code, String government, String name, String address, String contact,
                               String city, Signer signer, Signer deputy, List<ActingOfficial> acting,
                               String regionCode) {

    public OfficeProperties {
        if (regionCode != null && !regionCode.matches("\\d{6}")) {
            throw new IllegalArgumentException("layanan.office.region-code (OFFICE_REGION_CODE) must be the six digits "
                    + "that begin the NIKs of this kecamatan, e.g. 127703; it is '" + regionCode + "'");
        }
        acting = acting == null ? List.of() : List.copyOf(acting);
    }

    /** Every account that may sign letters, with its person's name: the camat, the sekretaris, acting officials. */
    public Map<String, String> signingAccounts() {
        Map<String, String> accounts = new LinkedHashMap<>();
        accounts.put(signer.account(), signer.name());
        accounts.putIfAbsent(deputy.account(), deputy.name());
        acting.forEach(official -> accounts.putIfAbsent(official.account(), official.name()));
        return accounts;
    }

    /**
     * A person who signs letters.
     *
     * @param account        the Camunda account that signs as this person (the key of layanan.signing.signers)
     * @param rank           pangkat and golongan/ruang, e.g. "Penata Tingkat I (III/d)"; blank prints no line
     * @param title          the post as a sentence names it, e.g. "Sekretaris Kecamatan Padangsidimpuan Batunadua"
     * @param signatureTitle the post as the signature block prints it under "a.n.", e.g. "Sekretaris"; blank: title
     */
    public record Signer(String account, String name, String nip, String rank, String title, String signatureTitle) {

        public String blockTitle() {
            return signatureTitle == null || signatureTitle.isBlank() ? title : signatureTitle;
        }
    }

    /**
     * An official who holds the camat's post for a while (UU 30/2014 Pasal 14: a mandate, not a delegation), from
     * {@code from} to {@code to} inclusive; letters signed from their account within these dates say "Plh." or
     * "Plt. Camat".
     */
    public record ActingOfficial(String account, String name, String nip, String rank, Mandate mandate,
                                 LocalDate from, LocalDate to) {

        public boolean holds(LocalDate day) {
            return !day.isBefore(from) && !day.isAfter(to);
        }
    }

    /** Pelaksana harian (the holder is away for a while) or pelaksana tugas (the post is vacant). */
    public enum Mandate {
        PLH("Plh."), PLT("Plt.");

        private final String abbreviation;

        Mandate(String abbreviation) {
            this.abbreviation = abbreviation;
        }

        public String abbreviation() {
            return abbreviation;
        }
    }
}
