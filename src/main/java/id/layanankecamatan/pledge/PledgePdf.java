package id.layanankecamatan.pledge;

import id.layanankecamatan.OfficeProperties;
import id.layanankecamatan.PublicUrl;
import id.layanankecamatan.calendar.OfficeClock;
import id.layanankecamatan.catalog.ServiceCatalog;
import id.layanankecamatan.document.LetterContent;
import id.layanankecamatan.document.LetterRenderer;
import id.layanankecamatan.signing.LetterSigner;
import id.layanankecamatan.web.PublishedStandards;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * The maklumat as a PDF/A letter of the office, signed with the office certificate in the camat's name. Made once
 * per run, at the first download: what it states is fixed by the configuration, and a public address must not
 * sign a document for every request.
 */
@Component
public class PledgePdf {

    static final String PATH = "/maklumat";

    private final OfficeProperties office;
    private final Pledge pledge;
    private final LetterRenderer renderer;
    private final LetterSigner signer;
    private final PublicUrl publicUrl;
    private final OfficeClock clock;
    private byte[] signed;

    public PledgePdf(OfficeProperties office, ServiceCatalog catalog, PublishedStandards published,
                     LetterRenderer renderer, LetterSigner signer, PublicUrl publicUrl, OfficeClock clock) {
        this.office = office;
        this.pledge = Pledge.of(office, catalog.standards(), published);
        this.renderer = renderer;
        this.signer = signer;
        this.publicUrl = publicUrl;
        this.clock = clock;
    }

    public synchronized byte[] signed() {
        if (signed == null) {
            OffsetDateTime now = clock.now();
            signed = signer.sign(renderer.render(content(now)), new LetterSigner.SignatureDetails(pledge.signerName(),
                    "Maklumat pelayanan " + office.name(), office.city(), now));
        }
        return signed;
    }

    private LetterContent content(OffsetDateTime now) {
        List<String> paragraphs = new ArrayList<>(List.of(pledge.statement()));
        pledge.basis().forEach(line -> paragraphs.add(line.label() + ": " + line.text()));
        // no register number and no verification code: the QR code opens the page that publishes the maklumat
        String page = publicUrl.of(PATH);
        return new LetterContent(office.government(), office.name(), office.address(), office.contact(),
                "MAKLUMAT PELAYANAN", null, paragraphs, pledge.placeAndDate(), null, pledge.signerTitle(),
                pledge.signerName(), pledge.signerNip(), new LetterContent.Verification(null, page, page), now);
    }

    Pledge pledge() {
        return pledge;
    }
}
