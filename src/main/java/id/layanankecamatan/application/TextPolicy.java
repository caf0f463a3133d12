package id.layanankecamatan.application;

import java.util.Optional;

/**
 * The one character policy for text a citizen (or an officer correcting it) types: what may be stored, printed on
 * a letter and shown to staff.
 * <ul>
 *   <li>{@link Kind#NAME} (names, addresses, desa/kelurahan): letters of any script with their diacritics (Unicode
 *   L*), combining marks (M*), decimal digits (Nd), the plain space and {@code . , ' / - ( )}; the typographic
 *   apostrophes and the en dash that phone keyboards put in their place (U+2018, U+2019, U+2013) count as the same.</li>
 *   <li>{@link Kind#FREE_TEXT} (purpose and the service's own text fields): the same plus the ordinary punctuation
 *   {@code : ; " & ! ? % + @}, e.g. "Toko Maju & Jaya", "pukul 08.00-17.00". {@code #} is left out on purpose: at the
 *   start of a line it is a Markdown heading. Typographic quotes and the em dash (U+201C, U+201D, U+2014) count as
 *   {@code "} and {@code -}. Multi-line fields ({@code multiLine}) may also hold line breaks.</li>
 * </ul>
 * Never allowed: control (Cc) and format characters (Cf: zero-width and joiners U+200B-U+200F, bidi overrides
 * U+202A-U+202E and U+2066-U+2069, BOM), symbols and emoji (S*), anything outside the Basic Multilingual Plane
 * (surrogates), private use and unassigned code points, and markup or Markdown characters ({@code [ ] < > * _ ` $ { }}).
 * The letter renderer still never fails on text stored before this policy: it substitutes what its font lacks.
 */
public final class TextPolicy {

    /** The character sets; lengths are per field (they follow the database columns and the catalogue). */
    public enum Kind {
        // phones type the typographic apostrophe and dash (Nur\u2019aini, 08.00\u201317.00): they count as ' and -
        NAME(".,'/-()\u2018\u2019\u2013", ". , ' / - ( )"),
        FREE_TEXT(".,'/-()\u2018\u2019\u2013:;\"&!?%+@\u201C\u201D\u2014", ". , ' / - ( ) : ; \" & ! ? % + @");

        private final String punctuation;
        private final String shown;

        Kind(String punctuation, String shown) {
            this.punctuation = punctuation;
            this.shown = shown;
        }
    }

    public static final int NAME_MAX = 100;
    public static final int ADDRESS_MAX = 200;
    public static final int FREE_TEXT_MAX = 500;

    private TextPolicy() {
    }

    /**
     * The reason {@code value} breaks the policy, in Indonesian and naming the field by its {@code label}, or empty
     * when it is fine. A null value is fine here (whether a field is required is decided by the caller).
     */
    public static Optional<String> problem(String label, String value, Kind kind, int maxLength, boolean multiLine) {
        if (value == null) {
            return Optional.empty();
        }
        if (value.length() > maxLength) {
            return Optional.of(label + " terlalu panjang (paling banyak " + maxLength + " karakter).");
        }
        boolean invisible = false;
        boolean emoji = false;
        boolean other = false;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == ' ' || kind.punctuation.indexOf(c) >= 0 || multiLine && (c == '\n' || c == '\r')) {
                continue;
            }
            switch (Character.getType(c)) {
                case Character.UPPERCASE_LETTER, Character.LOWERCASE_LETTER, Character.TITLECASE_LETTER,
                     Character.MODIFIER_LETTER, Character.OTHER_LETTER, Character.NON_SPACING_MARK,
                     Character.COMBINING_SPACING_MARK, Character.ENCLOSING_MARK, Character.DECIMAL_DIGIT_NUMBER -> {
                    // letters with diacritics, marks and digits of any script
                }
                case Character.CONTROL, Character.FORMAT, Character.LINE_SEPARATOR, Character.PARAGRAPH_SEPARATOR,
                     Character.PRIVATE_USE, Character.UNASSIGNED -> invisible = true;
                // ASCII signs such as < = $ ` are simply not in the list; other symbols are emoji and the like
                case Character.SURROGATE, Character.OTHER_SYMBOL, Character.MATH_SYMBOL,
                     Character.CURRENCY_SYMBOL, Character.MODIFIER_SYMBOL -> {
                    if (c < 0x80) {
                        other = true;
                    } else {
                        emoji = true;
                    }
                }
                default -> other = true;
            }
        }
        if (emoji) {
            return Optional.of(label + " tidak boleh berisi emoji atau simbol.");
        }
        if (invisible) {
            return Optional.of(label + " tidak boleh berisi karakter tak terlihat atau karakter kendali"
                    + " (misalnya karakter lebar-nol atau pembalik arah teks).");
        }
        if (other) {
            return Optional.of(label + " hanya boleh berisi huruf, angka, spasi dan tanda " + kind.shown);
        }
        return Optional.empty();
    }
}
