package id.layanankecamatan.document;

import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Calendar;
import java.util.GregorianCalendar;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.TransformerFactory;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.pdfbox.pdmodel.graphics.color.PDOutputIntent;
import org.apache.xmpbox.XMPMetadata;
import org.apache.xmpbox.schema.AdobePDFSchema;
import org.apache.xmpbox.schema.DublinCoreSchema;
import org.apache.xmpbox.schema.PDFAIdentificationSchema;
import org.apache.xmpbox.schema.XMPBasicSchema;
import org.apache.xmpbox.type.BadFieldValueException;
import org.apache.xmpbox.xml.XmpSerializer;

/**
 * What makes a letter PDF/A-2b (archivable for decades): XMP metadata that matches the document information,
 * and an sRGB output intent. Fonts are embedded by the renderer.
 */
final class PdfA {

    private static final String PRODUCER = "Layanan Kecamatan";
    private static final String SRGB = "sRGB IEC61966-2.1";
    private static final byte[] SRGB_PROFILE = ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();
    // XmpSerializer() looks its XML factories up on the class path (a scan of every jar, nested jars in the packaged
    // application) and finds Saxon, which loads classes for every document: the JDK's own factories, made once, and
    // used by one letter at a time (the serializer keeps state)
    private static final XmpSerializer XMP = new XmpSerializer(TransformerFactory.newDefaultInstance(),
            DocumentBuilderFactory.newDefaultInstance());

    private PdfA() {
    }

    static void declare(PDDocument document, String title, String author, java.time.OffsetDateTime created)
            throws IOException {
        Calendar date = GregorianCalendar.from(created.toZonedDateTime());
        PDDocumentInformation info = document.getDocumentInformation();
        info.setTitle(title);
        info.setAuthor(author);
        info.setProducer(PRODUCER);
        info.setCreator(PRODUCER);
        info.setCreationDate(date);
        info.setModificationDate(date);

        XMPMetadata xmp = XMPMetadata.createXMPMetadata();
        DublinCoreSchema dublinCore = xmp.createAndAddDublinCoreSchema();
        dublinCore.setTitle(title);
        dublinCore.addCreator(author);
        XMPBasicSchema basic = xmp.createAndAddXMPBasicSchema();
        basic.setCreatorTool(PRODUCER);
        basic.setCreateDate(date);
        basic.setModifyDate(date);
        AdobePDFSchema pdf = xmp.createAndAddAdobePDFSchema();
        pdf.setProducer(PRODUCER);
        PDFAIdentificationSchema pdfa = xmp.createAndAddPDFAIdentificationSchema();
        pdfa.setPart(2);
        try {
            pdfa.setConformance("B");
        } catch (BadFieldValueException e) {
            throw new IllegalStateException(e);
        }
        ByteArrayOutputStream serialized = new ByteArrayOutputStream();
        try {
            synchronized (XMP) {
                XMP.serialize(xmp, serialized, true);
            }
        } catch (javax.xml.transform.TransformerException e) {
            throw new IOException("XMP metadata cannot be written", e);
        }
        PDMetadata metadata = new PDMetadata(document);
        metadata.importXMPMetadata(serialized.toByteArray());
        document.getDocumentCatalog().setMetadata(metadata);

        PDOutputIntent intent = new PDOutputIntent(document,
                new ByteArrayInputStream(SRGB_PROFILE));
        intent.setInfo(SRGB);
        intent.setOutputCondition(SRGB);
        intent.setOutputConditionIdentifier(SRGB);
        intent.setRegistryName("http://www.color.org");
        document.getDocumentCatalog().addOutputIntent(intent);
    }
}
