package id.layanankecamatan.web;

import id.layanankecamatan.catalog.ServiceCatalog;
import id.layanankecamatan.catalog.ServiceStandards;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * What every standard of the office rests on, one labelled line each, as each standard page and the maklumat (page
 * and signed PDF) publish it: the decree setting the standards, the delegation of authority to the camat, the
 * responsible official (PATEN), the working and the counter hours, the complaint officer and contact. Used in templates as
 * @publishedStandards.
 */
@Component("publishedStandards")
public class PublishedStandards {

    /** {@code id} names the line in the page (an element id), {@code label} is what the reader sees. */
    public record Line(String id, String label, String text) {
    }

    private final List<Line> lines;

    public PublishedStandards(ServiceCatalog catalog, WorkingHours workingHours) {
        ServiceStandards standards = catalog.standards();
        this.lines = List.of(
                new Line("standards-decree", "Standar pelayanan ditetapkan dengan",
                        standards.standardsDecree().citation() + "; " + standards.standardsDecree().validity()),
                new Line("delegation-decree", "Pelimpahan kewenangan kepada camat",
                        standards.delegationDecree().citation()),
                new Line("responsible-official", "Pejabat penanggung jawab",
                        standards.responsibleOfficial().nameAndPosition()),
                new Line("working-hours", "Jam kerja", workingHours.text()),
                new Line("service-hours", "Jam layanan", standards.serviceHours()),
                new Line("complaint-officer", "Pengelola pengaduan", standards.complaintOfficer().nameAndPosition()),
                new Line("complaint-contact", "Pengaduan", standards.complaintContact()));
    }

    public List<Line> lines() {
        return lines;
    }
}
