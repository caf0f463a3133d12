package id.layanankecamatan.notify;

import java.util.Set;

/** What one message template is for: the file it is read from and the placeholders its sender fills in. */
public interface MessageKind {

    /** The file name without {@code .txt}, e.g. {@code received}. */
    String templateName();

    /** Every {@code {name}} the template may use; any other stops the start. */
    Set<String> placeholders();
}
