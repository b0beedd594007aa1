package dev.switchboard.httpapi;

import dev.switchboard.httpapi.problem.ApiProblem;
import io.quarkus.arc.Unremovable;
import jakarta.inject.Singleton;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * JSON bodies are capped lower than the HTTP layer's limit (which must admit 25 MiB raw e-mail): a
 * JSON request above {@code switchboard.http.max-json-body} gets 413. A declared Content-Length is
 * refused before anything is read; a body without one (chunked) is counted as it is read and
 * refused as soon as it passes the limit. Every other entity is counted the same way against the
 * HTTP layer's limit ({@link HttpBodyLimit}), so that a chunked body too gets a problem+json 413.
 */
@Singleton
@Unremovable
@Provider
public class JsonBodyLimit implements ReaderInterceptor {

  private final long maxJsonBytes;
  private final long maxBodyBytes;

  JsonBodyLimit(
      @ConfigProperty(name = "switchboard.http.max-json-body", defaultValue = "1M")
          io.quarkus.runtime.configuration.MemorySize maxJsonBody,
      HttpBodyLimit httpLimit) {
    this.maxJsonBytes = maxJsonBody.asLongValue();
    this.maxBodyBytes = httpLimit.maxBodyBytes();
  }

  @ServerRequestFilter
  public void rejectOversizedJson(ContainerRequestContext request) {
    if (!isJson(request.getMediaType())) {
      return;
    }
    String length = request.getHeaderString(HttpHeaders.CONTENT_LENGTH);
    if (length != null && !length.isBlank() && Long.parseLong(length.trim()) > maxJsonBytes) {
      throw tooLarge();
    }
  }

  @Override
  public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
    boolean json = isJson(context.getMediaType());
    long cap = json ? maxJsonBytes : maxBodyBytes;
    String detail =
        json
            ? "JSON bodies are limited to " + maxJsonBytes + " bytes"
            : "request bodies are limited to " + maxBodyBytes + " bytes";
    context.setInputStream(new CappedStream(context.getInputStream(), cap, detail));
    return context.proceed();
  }

  private static boolean isJson(MediaType type) {
    return type != null && type.getSubtype().endsWith("json");
  }

  private ApiProblem tooLarge() {
    return ApiProblem.tooLarge("JSON bodies are limited to " + maxJsonBytes + " bytes");
  }

  /** Counts what the entity reader consumes and fails once it is more than the cap. */
  private static final class CappedStream extends FilterInputStream {

    private final long cap;
    private final String detail;
    private long read;

    CappedStream(InputStream in, long cap, String detail) {
      super(in);
      this.cap = cap;
      this.detail = detail;
    }

    @Override
    public int read() throws IOException {
      int b = super.read();
      if (b >= 0) {
        count(1);
      }
      return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
      int n = super.read(buffer, offset, length);
      if (n > 0) {
        count(n);
      }
      return n;
    }

    @Override
    public long skip(long n) throws IOException {
      long skipped = super.skip(n);
      count(skipped);
      return skipped;
    }

    private void count(long n) {
      read += n;
      if (read > cap) {
        throw ApiProblem.tooLarge(detail);
      }
    }
  }
}
