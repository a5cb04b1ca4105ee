package dev.crosswise.security;

import dev.crosswise.api.GraphQlResponseMediaType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses request bodies over {@link RequestLimits#maxBodyBytes()} with 413 and a GraphQL-shaped error, before
 * anything reads them. A body without a declared length (chunked) is cut off when it passes the limit.
 */
final class RequestBodyLimitFilter extends OncePerRequestFilter {

    private final int maxBytes;

    RequestBodyLimitFilter(int maxBytes) {
        this.maxBytes = maxBytes;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        long length = request.getContentLengthLong();
        if (length > maxBytes) {
            response.setStatus(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
            response.setContentType(GraphQlResponseMediaType.of(request).toString());
            response.setCharacterEncoding(StandardCharsets.UTF_8.name());
            response.getWriter().write("""
                    {"errors":[{"message":"The request body has %d bytes; at most %d are accepted",\
                    "extensions":{"classification":"BAD_REQUEST","limit":"maxBodyBytes"}}]}"""
                    .formatted(length, maxBytes));
            return;
        }
        chain.doFilter(length < 0 ? new Bounded(request, maxBytes) : request, response);
    }

    /** A request whose body stream fails once more than {@code maxBytes} have been read. */
    private static final class Bounded extends HttpServletRequestWrapper {
        private final int maxBytes;
        private ServletInputStream stream;

        Bounded(HttpServletRequest request, int maxBytes) {
            super(request);
            this.maxBytes = maxBytes;
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            if (stream == null) {
                stream = new BoundedStream(super.getInputStream(), maxBytes);
            }
            return stream;
        }
    }

    private static final class BoundedStream extends ServletInputStream {
        private final ServletInputStream in;
        private final int maxBytes;
        private long read;

        BoundedStream(ServletInputStream in, int maxBytes) {
            this.in = in;
            this.maxBytes = maxBytes;
        }

        @Override
        public int read() throws IOException {
            int b = in.read();
            if (b >= 0) {
                count(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = in.read(buffer, offset, length);
            if (n > 0) {
                count(n);
            }
            return n;
        }

        private void count(int n) throws IOException {
            read += n;
            if (read > maxBytes) {
                throw new IOException("Request body over the limit of " + maxBytes + " bytes");
            }
        }

        @Override
        public boolean isFinished() {
            return in.isFinished();
        }

        @Override
        public boolean isReady() {
            return in.isReady();
        }

        @Override
        public void setReadListener(ReadListener listener) {
            in.setReadListener(listener);
        }
    }
}
