package id.layanankecamatan.catalog;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What every standard of the office rests on ({@code layanan.catalog.standards}), printed on each standard page and
 * on the maklumat: the Keputusan Wali Kota delegating part of the wali kota's authority to the camat (PP 17/2018;
 * the substantive condition of PATEN, Permendagri 4/2010), the decree setting the standards (UU 25/2009 art. 20),
 * the official answerable for the services, the counter hours (jam layanan), the officer who handles complaints
 * (UU 25/2009 Pasal 36: named in public; Perpres 76/2013: a post of its own) and the complaint contact, and the day
 * the camat signed the maklumat. All are required. The released values are examples marked {@value #EXAMPLE_MARK},
 * which only the demo may run with.
 */
public record ServiceStandards(
        @NotNull(message = "the Keputusan Wali Kota delegating authority to the camat is required (number, date, title)")
        @Valid Decree delegationDecree,
        @NotNull(message = "the decree setting the service standards is required (title, number, valid-from, reviewed-at)")
        @Valid StandardsDecree standardsDecree,
        @NotNull(message = "the official responsible for the services is required (position, name)")
        @Valid Official responsibleOfficial,
        @NotNull(message = "the complaint officer is required (position, name): UU 25/2009 Pasal 36 publishes the name")
        @Valid Official complaintOfficer,
        @NotBlank(message = "the service hours (jam layanan) are required") String serviceHours,
        @NotBlank(message = "the complaint contact is required") String complaintContact,
        @NotNull(message = "the date the camat signed the maklumat is required") LocalDate pledgeDate) {

    /** Marks a released example value; a production start refuses any setting that still contains it. */
    public static final String EXAMPLE_MARK = "CONTOH";

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.forLanguageTag("id"));

    /** A decree as cited: "Keputusan Wali Kota … Nomor … tanggal 2 Januari 2026". */
    public record Decree(@NotBlank String title, @NotBlank String number, @NotNull LocalDate date) {

        public String citation() {
            return title + " Nomor " + number + " tanggal " + DAY.format(date);
        }
    }

    /** The decree setting the standards, in force from {@code validFrom}, last reviewed on {@code reviewedAt}. */
    public record StandardsDecree(@NotBlank String title, @NotBlank String number, @NotNull LocalDate validFrom,
                                  @NotNull LocalDate reviewedAt) {

        public String citation() {
            return title + " Nomor " + number;
        }

        /** "berlaku sejak 5 Januari 2026, ditinjau terakhir 1 Desember 2026". */
        public String validity() {
            return "berlaku sejak " + DAY.format(validFrom) + ", ditinjau terakhir " + DAY.format(reviewedAt);
        }
    }

    /** The pejabat penanggung jawab, by post and name. */
    public record Official(@NotBlank String position, @NotBlank String name) {

        /** "Nama Camat, Camat Padangsidimpuan Batunadua". */
        public String nameAndPosition() {
            return name + ", " + position;
        }
    }

    /** "5 Januari 2026": the date under the maklumat. */
    public String pledgedOn() {
        return DAY.format(pledgeDate);
    }

    /** The settings that still hold an example value, by their configuration name. */
    public List<String> examplesLeft() {
        Map<String, String> texts = new LinkedHashMap<>();
        if (delegationDecree != null) {
            texts.put("delegation-decree.title", delegationDecree.title());
            texts.put("delegation-decree.number", delegationDecree.number());
        }
        if (standardsDecree != null) {
            texts.put("standards-decree.title", standardsDecree.title());
            texts.put("standards-decree.number", standardsDecree.number());
        }
        if (responsibleOfficial != null) {
            texts.put("responsible-official.position", responsibleOfficial.position());
            texts.put("responsible-official.name", responsibleOfficial.name());
        }
        if (complaintOfficer != null) {
            texts.put("complaint-officer.position", complaintOfficer.position());
            texts.put("complaint-officer.name", complaintOfficer.name());
        }
        texts.put("service-hours", serviceHours);
        texts.put("complaint-contact", complaintContact);
        return texts.entrySet().stream()
                .filter(e -> e.getValue() != null && e.getValue().toUpperCase(Locale.ROOT).contains(EXAMPLE_MARK))
                .map(e -> "layanan.catalog.standards." + e.getKey()).toList();
    }
}
