package org.healthsim.generation.internal.output;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;

/**
 * A stream whose write errors name the file ({@code out/events.ndjson: No space left on device});
 * the JDK's name only the cause.
 */
final class NamedOutputStream extends FilterOutputStream {
  private final Path target;

  NamedOutputStream(OutputStream out, Path target) {
    super(out);
    this.target = target;
  }

  @Override
  public void write(byte[] b, int off, int len) throws IOException {
    try {
      out.write(b, off, len);
    } catch (IOException e) {
      throw named(e);
    }
  }

  @Override
  public void write(int b) throws IOException {
    try {
      out.write(b);
    } catch (IOException e) {
      throw named(e);
    }
  }

  @Override
  public void flush() throws IOException {
    try {
      out.flush();
    } catch (IOException e) {
      throw named(e);
    }
  }

  @Override
  public void close() throws IOException {
    try {
      out.close();
    } catch (IOException e) {
      throw named(e);
    }
  }

  private IOException named(IOException e) {
    return new IOException(target + ": " + e.getMessage(), e);
  }
}
