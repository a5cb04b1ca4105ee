package dev.crosswise.bench;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The load generator's HTTP client, in the manner of {@code wrk}: each client thread keeps one HTTP/1.1 connection
 * open and posts on it, blocking, one request after the other. The load generator shares the two cores with the
 * service, and {@code java.net.http.HttpClient} spent 0.58 ms of CPU per call there (selector thread, futures,
 * header maps) — a fifth of the machine at 8 clients, and a millisecond of latency at one client that was the
 * client's, not the service's. This one spends about 0.1 ms; the benchmark prints what it spends.
 */
public final class KeepAliveHttp implements Closeable {

    /** What came back: the status code and the body. */
    public record Answer(int status, byte[] body) {

        public boolean startsWith(String prefix) {
            byte[] p = prefix.getBytes(StandardCharsets.UTF_8);
            if (body.length < p.length) {
                return false;
            }
            for (int i = 0; i < p.length; i++) {
                if (body[i] != p[i]) {
                    return false;
                }
            }
            return true;
        }

        public String text() {
            return new String(body, StandardCharsets.UTF_8);
        }
    }

    /** How long a call waits for its answer before it fails. */
    static final Duration ANSWER_TIMEOUT = Duration.ofSeconds(30);

    private final String host;
    private final int port;
    private final String fixedHeaders;
    private final Duration answerTimeout;
    private final ThreadLocal<Connection> connection = ThreadLocal.withInitial(this::open);
    private final List<Connection> opened = new ArrayList<>();

    /** @param headers extra header lines, each {@code "Name: value"} */
    public KeepAliveHttp(URI base, List<String> headers) {
        this(base, headers, ANSWER_TIMEOUT);
    }

    KeepAliveHttp(URI base, List<String> headers, Duration answerTimeout) {
        this.answerTimeout = answerTimeout;
        this.host = base.getHost();
        this.port = base.getPort();
        StringBuilder lines = new StringBuilder("Host: ").append(host).append(':').append(port).append("\r\n");
        headers.forEach(h -> lines.append(h).append("\r\n"));
        this.fixedHeaders = lines.toString();
    }

    /** Posts {@code body} to {@code path} on this thread's connection (opened on first use, again after a close). */
    public Answer post(String path, byte[] body) throws IOException {
        Connection c = connection.get();
        if (c.closed) {
            c = replace(c); // the server said it would close it (Tomcat does after 100 requests)
        }
        try {
            return c.exchange(path, body);
        } catch (SocketTimeoutException e) {
            replace(c); // its answer may still come: not on a connection another call will read
            throw e;
        } catch (IOException e) {
            // closed by the server between two calls without saying so: one retry on a new connection
            return replace(c).exchange(path, body);
        }
    }

    private Connection replace(Connection old) {
        old.close();
        synchronized (opened) {
            opened.remove(old);
        }
        Connection fresh = open();
        connection.set(fresh);
        return fresh;
    }

    private Connection open() {
        try {
            Connection c = new Connection(new Socket(host, port));
            synchronized (opened) {
                opened.add(c);
            }
            return c;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Connections held, one per client thread: one the server closed is let go when its thread replaces it. */
    int heldConnections() {
        synchronized (opened) {
            return opened.size();
        }
    }

    @Override
    public void close() {
        synchronized (opened) {
            opened.forEach(Connection::close);
            opened.clear();
        }
    }

    private final class Connection {

        private final Socket socket;
        private final InputStream in;
        private final OutputStream out;
        private boolean closed;

        Connection(Socket socket) throws IOException {
            this.socket = socket;
            socket.setTcpNoDelay(true);
            // an answer that never comes fails the call (and the next call reconnects) instead of hanging the run
            socket.setSoTimeout((int) answerTimeout.toMillis());
            this.in = new BufferedInputStream(socket.getInputStream(), 64 * 1024);
            this.out = new BufferedOutputStream(socket.getOutputStream(), 64 * 1024);
        }

        Answer exchange(String path, byte[] body) throws IOException {
            out.write(("POST " + path + " HTTP/1.1\r\n" + fixedHeaders + "Content-Length: " + body.length + "\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.write(body);
            out.flush();
            String statusLine = line();
            if (!statusLine.startsWith("HTTP/1.1 ") || statusLine.length() < 12) {
                throw new IOException("not an HTTP/1.1 answer: " + statusLine);
            }
            int status = Integer.parseInt(statusLine.substring(9, 12));
            int length = -1;
            boolean chunked = false;
            for (String header = line(); !header.isEmpty(); header = line()) {
                int colon = header.indexOf(':');
                String name = header.substring(0, colon).trim();
                String value = header.substring(colon + 1).trim();
                if (name.equalsIgnoreCase("Content-Length")) {
                    length = Integer.parseInt(value);
                } else if (name.equalsIgnoreCase("Transfer-Encoding")) {
                    chunked = value.equalsIgnoreCase("chunked");
                } else if (name.equalsIgnoreCase("Connection")) {
                    closed = value.equalsIgnoreCase("close");
                }
            }
            byte[] answer = chunked ? chunks() : in.readNBytes(Math.max(length, 0));
            if (closed) {
                close();
            }
            return new Answer(status, answer);
        }

        private byte[] chunks() throws IOException {
            ByteArrayOutputStream body = new ByteArrayOutputStream();
            while (true) {
                String size = line();
                int semicolon = size.indexOf(';');
                int n = Integer.parseInt((semicolon < 0 ? size : size.substring(0, semicolon)).trim(), 16);
                if (n == 0) {
                    while (!line().isEmpty()) {
                        // trailers: none expected, skipped
                    }
                    return body.toByteArray();
                }
                body.write(in.readNBytes(n));
                line();
            }
        }

        private String line() throws IOException {
            StringBuilder line = new StringBuilder(64);
            for (int c = in.read(); c != '\n'; c = in.read()) {
                if (c == -1) {
                    throw new EOFException("connection closed mid-answer");
                }
                if (c != '\r') {
                    line.append((char) c);
                }
            }
            return line.toString();
        }

        void close() {
            closed = true;
            try {
                socket.close();
            } catch (IOException e) {
                // closing anyway
            }
        }
    }
}
