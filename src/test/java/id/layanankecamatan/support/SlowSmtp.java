package id.layanankecamatan.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A mail server far away: a TCP relay in front of a local SMTP server that lets every connection wait before the
 * server's greeting, as a remote server's round trips and TLS handshake do. The wait comes before anything is
 * sent, so a client that dies while waiting has sent nothing.
 */
public final class SlowSmtp implements AutoCloseable {

    private final ServerSocket listener;
    private final ExecutorService threads = Executors.newCachedThreadPool(runnable -> {
        Thread thread = new Thread(runnable, "slow-smtp");
        thread.setDaemon(true);
        return thread;
    });

    public SlowSmtp(int targetPort, Duration latency) throws IOException {
        listener = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        threads.execute(() -> accept(targetPort, latency));
    }

    public int port() {
        return listener.getLocalPort();
    }

    private void accept(int targetPort, Duration latency) {
        while (!listener.isClosed()) {
            try {
                Socket client = listener.accept();
                threads.execute(() -> relay(client, targetPort, latency));
            } catch (IOException closed) {
                return;
            }
        }
    }

    private void relay(Socket client, int targetPort, Duration latency) {
        try (client) {
            Thread.sleep(latency.toMillis());
            try (Socket server = new Socket(InetAddress.getLoopbackAddress(), targetPort)) {
                threads.execute(() -> pump(server, client));
                pump(client, server);
            }
        } catch (IOException | InterruptedException gone) {
            // either side hung up (the application node may be killed at any moment)
        }
    }

    private static void pump(Socket from, Socket to) {
        try {
            InputStream in = from.getInputStream();
            OutputStream out = to.getOutputStream();
            in.transferTo(out);
            to.shutdownOutput();
        } catch (IOException gone) {
            // the other direction ends the relay
        }
    }

    @Override
    public void close() throws IOException {
        listener.close();
        threads.shutdownNow();
    }
}
