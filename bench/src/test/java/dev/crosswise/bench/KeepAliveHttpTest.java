package dev.crosswise.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class KeepAliveHttpTest {

    private HttpServer server;
    private final Set<Integer> clientPorts = ConcurrentHashMap.newKeySet();

    @BeforeEach
    void startServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress("localhost", 0), 0);
        // echoes the body, upper-cased, with what it was asked for
        server.createContext("/fixed", exchange -> answer(exchange, false, false));
        server.createContext("/chunked", exchange -> answer(exchange, true, false));
        server.createContext("/closing", exchange -> answer(exchange, false, true));
        server.createContext("/silent", exchange -> {
            try {
                Thread.sleep(2_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            answer(exchange, false, false);
        });
        server.start();
    }

    private void answer(HttpExchange exchange, boolean chunked, boolean close) throws IOException {
        clientPorts.add(exchange.getRemoteAddress().getPort());
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        byte[] answer = (exchange.getRequestHeaders().getFirst("X-API-Key") + ":" + body.toUpperCase())
                .getBytes(StandardCharsets.UTF_8);
        if (close) {
            exchange.getResponseHeaders().add("Connection", "close");
        }
        exchange.sendResponseHeaders(200, chunked ? 0 : answer.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(answer);
        }
    }

    @AfterEach
    void stopServer() {
        server.stop(0);
    }

    private KeepAliveHttp client() {
        return new KeepAliveHttp(URI.create("http://localhost:" + server.getAddress().getPort()),
                List.of("X-API-Key: key-1"));
    }

    @Test
    void postsOneRequestAfterTheOtherOnTheSameConnection() throws IOException {
        try (KeepAliveHttp http = client()) {
            for (int i = 0; i < 5; i++) {
                var answer = http.post("/fixed", ("call " + i).getBytes(StandardCharsets.UTF_8));
                assertThat(answer.status()).isEqualTo(200);
                assertThat(answer.text()).isEqualTo("key-1:CALL " + i);
            }
        }
        assertThat(clientPorts).hasSize(1);
    }

    @Test
    void readsAChunkedAnswerWhole() throws IOException {
        String big = "x".repeat(100_000);
        try (KeepAliveHttp http = client()) {
            var answer = http.post("/chunked", big.getBytes(StandardCharsets.UTF_8));
            assertThat(answer.text()).isEqualTo("key-1:" + big.toUpperCase());
            assertThat(answer.startsWith("key-1:XX")).isTrue();
            assertThat(answer.startsWith("key-2")).isFalse();
            // and the connection is still good for the next call
            assertThat(http.post("/fixed", "next".getBytes(StandardCharsets.UTF_8)).text()).isEqualTo("key-1:NEXT");
        }
        assertThat(clientPorts).hasSize(1);
    }

    @Test
    void opensANewConnectionWhenTheServerClosedTheLastOne() throws IOException {
        try (KeepAliveHttp http = client()) {
            for (int i = 0; i < 3; i++) {
                assertThat(http.post("/closing", "again".getBytes(StandardCharsets.UTF_8)).text())
                        .isEqualTo("key-1:AGAIN");
            }
            assertThat(http.heldConnections()).isEqualTo(1);
        }
        assertThat(clientPorts).hasSize(3);
    }

    @Test
    void failsACallWhoseAnswerDoesNotComeInTime() {
        try (KeepAliveHttp http = new KeepAliveHttp(URI.create("http://localhost:" + server.getAddress().getPort()),
                List.of("X-API-Key: key-1"), Duration.ofMillis(200))) {
            assertThatThrownBy(() -> http.post("/silent", "hello".getBytes(StandardCharsets.UTF_8)))
                    .isInstanceOf(SocketTimeoutException.class);
        }
    }

    @Test
    void givesEachClientThreadItsOwnConnection() throws Exception {
        try (KeepAliveHttp http = client()) {
            Thread[] threads = new Thread[3];
            for (int t = 0; t < threads.length; t++) {
                threads[t] = Thread.ofPlatform().start(() -> {
                    try {
                        http.post("/fixed", "hello".getBytes(StandardCharsets.UTF_8));
                        http.post("/fixed", "again".getBytes(StandardCharsets.UTF_8));
                    } catch (IOException e) {
                        throw new IllegalStateException(e);
                    }
                });
            }
            for (Thread thread : threads) {
                thread.join();
            }
        }
        assertThat(clientPorts).hasSize(3);
    }
}
