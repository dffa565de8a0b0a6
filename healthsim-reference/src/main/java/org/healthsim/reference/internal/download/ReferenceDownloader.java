package org.healthsim.reference.internal.download;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.function.LongConsumer;

/**
 * Fetches the official CDC files over HTTP(S) to local files, for {@link
 * org.healthsim.reference.internal.store.ReferenceImporter}. The addresses are settings; the
 * defaults are the published CDC addresses of the PLACES county GIS-friendly file and the SVI 2022
 * county file.
 */
public final class ReferenceDownloader {

  /** PLACES county data, GIS-friendly format, current release (data.cdc.gov dataset i46a-9kgh). */
  public static final URI PLACES_COUNTY =
      URI.create("https://data.cdc.gov/api/views/i46a-9kgh/rows.csv?accessType=DOWNLOAD");

  /** CDC/ATSDR SVI 2022, United States, county level. */
  public static final URI SVI_2022_COUNTY =
      URI.create(
          "https://svi.cdc.gov/Documents/Data/2022/csv/states_counties/SVI_2022_US_county.csv");

  private final HttpClient client =
      HttpClient.newBuilder()
          .followRedirects(HttpClient.Redirect.NORMAL)
          .connectTimeout(Duration.ofSeconds(30))
          .build();

  /**
   * Downloads {@code uri} to {@code target}, telling {@code progress} the bytes received so far.
   *
   * @throws IOException when the server cannot be reached or answers other than 200, naming the
   *     address
   */
  public void download(URI uri, Path target, LongConsumer progress) throws IOException {
    HttpRequest request = HttpRequest.newBuilder(uri).GET().build();
    HttpResponse<InputStream> response;
    try {
      response = client.send(request, HttpResponse.BodyHandlers.ofInputStream());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("GET " + uri + ": interrupted", e);
    } catch (IOException e) {
      throw new IOException("GET " + uri + ": " + e.getMessage(), e);
    }
    try (InputStream in = response.body()) {
      if (response.statusCode() != 200) {
        throw new IOException("GET " + uri + ": HTTP " + response.statusCode());
      }
      try (OutputStream out = Files.newOutputStream(target)) {
        byte[] buffer = new byte[1 << 16];
        long total = 0;
        for (int n; (n = in.read(buffer)) > 0; ) {
          out.write(buffer, 0, n);
          total += n;
          progress.accept(total);
        }
      }
    }
  }
}
