package id.layanankecamatan.document;

import java.util.List;

/** Everything printed on one letter, already filled in; {@code onBehalfOf} is set when a deputy signs (a.n.). */
public record LetterContent(String government, String officeName, String officeAddress, String officeContact,
                            String title, String number, List<String> paragraphs, String placeAndDate,
                            String onBehalfOf, String signerTitle, String signerName, String signerNip,
                            boolean draft) {
}
