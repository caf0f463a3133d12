package id.layanankecamatan.pledge;

import id.layanankecamatan.OfficeProperties;
import id.layanankecamatan.PublicUrl;
import id.layanankecamatan.calendar.OfficeClock;
import id.layanankecamatan.catalog.ServiceCatalog;
import id.layanankecamatan.document.LetterBlock;
import id.layanankecamatan.document.LetterContent;
import id.layanankecamatan.document.LetterRenderer;
import id.layanankecamatan.document.Signatories;
import id.layanankecamatan.document.Signatory;
import id.layanankecamatan.signing.LetterSigner;
import id.layanankecamatan.signing.SignatureCertificate;
import id.layanankecamatan.web.PublishedStandards;
import java.time.OffsetDateTime;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * The maklumat as a PDF/A letter of the office, signed by the camat with the camat's certificate. Made once
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
    private final Signatories signatories;
    private final PublicUrl publicUrl;
    private final OfficeClock clock;
    private byte[] signed;

    public PledgePdf(OfficeProperties office, ServiceCatalog catalog, PublishedStandards published,
                     LetterRenderer renderer, LetterSigner signer, Signatories signatories, PublicUrl publicUrl,
                     OfficeClock clock) {
        this.office = office;
        this.pledge = Pledge.of(office, catalog.standards(), published);
        this.renderer = renderer;
        this.signer = signer;
        this.signatories = signatories;
        this.publicUrl = publicUrl;
        this.clock = clock;
    }

    public synchronized byte[] signed() {
        if (signed == null) {
            OffsetDateTime now = clock.now();
            // the camat makes the pledge: the camat's block and the camat's certificate
            String account = office.signer().account();
            Signatory camat = signatories.signing(account, now.toLocalDate());
            signed = signer.sign(renderer.render(content(now, camat, signer.certificateOf(account))),
                    new LetterSigner.SignatureDetails(account, camat.name(), "Maklumat pelayanan " + office.name(),
                            office.city(), now));
        }
        return signed;
    }

    private LetterContent content(OffsetDateTime now, Signatory camat, SignatureCertificate certificate) {
        List<LetterBlock> body = List.of(new LetterBlock.Paragraph(pledge.statement()), new LetterBlock.Rows(
                pledge.basis().stream().map(line -> new LetterBlock.Row(line.label(), line.text())).toList()));
        // no register number and no verification code: the QR code opens the page that publishes the maklumat
        String page = publicUrl.of(PATH);
        return new LetterContent(office.government(), office.name(), office.address(), office.contact(),
                "MAKLUMAT PELAYANAN", null, body, pledge.placeAndDate(), camat, certificate,
                new LetterContent.Verification(null, page, page), now);
    }

    Pledge pledge() {
        return pledge;
    }
}
