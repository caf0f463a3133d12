package id.layanankecamatan.notify;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What the bot answers to a message from a chat: "/start &lt;token&gt;" from the deep link binds the chat to the
 * application (or says why not), anything else gets a short help. Each answer is an outbox row in the caller's
 * transaction, together with the binding: both happen or neither does.
 */
class TelegramConversation {

    static final String START = "/start";
    static final String HELP = "Bot ini mengirim kabar permohonan layanan Kantor Camat. Untuk menghubungkan "
            + "permohonan Anda, buka tautan Telegram di tanda terima atau di halaman lacak permohonan, lalu tekan "
            + "Start. Pesan yang Anda ketik di sini tidak dibaca petugas.";
    static final String USED = "Tautan ini sudah pernah dipakai dan tidak berlaku lagi. Untuk tautan baru, buka "
            + "halaman lacak permohonan dengan nomor registrasi dan kode lacak Anda, lalu tekan "
            + "\"Hubungkan Telegram\".";
    static final String EXPIRED = "Tautan ini sudah kedaluwarsa (berlaku 7 hari). Untuk tautan baru, buka halaman "
            + "lacak permohonan dengan nomor registrasi dan kode lacak Anda, lalu tekan \"Hubungkan Telegram\".";
    static final String UNKNOWN = "Tautan ini tidak kami kenal. Pastikan Anda membuka tautan lengkap dari tanda "
            + "terima atau dari halaman lacak permohonan.";
    /** The event of the binding's reply, so staff see that the citizen linked a chat. */
    static final String LINKED = "linked";

    private static final Logger LOG = LoggerFactory.getLogger(TelegramConversation.class);

    private final TelegramLinks links;
    private final TelegramNoticeChannel channel;

    TelegramConversation(TelegramLinks links, TelegramNoticeChannel channel) {
        this.links = links;
        this.channel = channel;
    }

    /** Answers one text from a private chat. */
    void answer(long chatId, String text) {
        String[] words = text == null ? new String[0] : text.strip().split("\\s+", 2);
        boolean start = words.length > 0 && (words[0].equals(START) || words[0].startsWith(START + "@"));
        if (!start || words.length < 2) {
            channel.reply(chatId, HELP, null);
            return;
        }
        TelegramLinks.Binding binding = links.bind(words[1].strip(), chatId);
        // neither the chat nor the token in the log: the outcome and the application's row id only
        LOG.info("Telegram link: {} (application {})", binding.outcome(), binding.applicationId());
        switch (binding.outcome()) {
            case BOUND -> channel.reply(chatId, bound(binding.number()),
                    new MailOutbox.NoticeRef(binding.applicationId(), LINKED));
            case ALREADY_BOUND -> channel.reply(chatId, bound(binding.number()), null);
            case USED -> channel.reply(chatId, USED, null);
            case EXPIRED -> channel.reply(chatId, EXPIRED, null);
            default -> channel.reply(chatId, UNKNOWN, null);
        }
    }

    static String bound(String number) {
        return "Terhubung dengan permohonan " + number + ". Kabar permohonan ini, termasuk surat yang sudah "
                + "ditandatangani, akan kami kirim ke percakapan ini.";
    }
}
