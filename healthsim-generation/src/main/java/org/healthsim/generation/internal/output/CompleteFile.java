package org.healthsim.generation.internal.output;

import java.io.BufferedOutputStream;
import java.io.Closeable;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/**
 * A file that appears under its name only when complete: written under a temporary name in the same
 * directory and renamed by {@link #commit()}. Closing without committing deletes the temporary
 * file, so an interrupted or failed run never leaves a file that looks complete, and never touches
 * a file already at the target.
 *
 * <pre>{@code
 * try (CompleteFile file = CompleteFile.create(dir.resolve("entities.ndjson"), overwrite)) {
 *   write(file.stream());
 *   file.commit();
 * }
 * }</pre>
 */
public final class CompleteFile implements Closeable {

  private final Path target;
  private final Path partial;
  private final OutputStream stream;
  private final FileDigest.Running digest;
  private final boolean overwrite;
  private boolean committed;

  private CompleteFile(Path target, Path partial, boolean overwrite) throws IOException {
    this.target = target;
    this.partial = partial;
    this.overwrite = overwrite;
    this.digest = new FileDigest.Running(target.getFileName().toString(), true);
    // Digested as written, in the buffer's 1 MB writes: the manifest need not read it again.
    this.stream =
        new BufferedOutputStream(
            new Digesting(
                new NamedOutputStream(
                    Files.newOutputStream(
                        partial, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE),
                    target),
                digest),
            1 << 20);
  }

  /**
   * Starts writing {@code target}.
   *
   * @throws FileAlreadyExistsException when {@code target} exists and {@code overwrite} is false
   */
  public static CompleteFile create(Path target, boolean overwrite) throws IOException {
    if (!overwrite && Files.exists(target)) {
      throw new FileAlreadyExistsException(
          target.toString(), null, "exists; pass --overwrite to replace it");
    }
    Path dir = target.toAbsolutePath().getParent();
    Files.createDirectories(dir);
    // Created with the process's usual permissions (a temp file would be owner-only), under a
    // name no other run uses at the same time.
    Path partial =
        dir.resolve(
            "."
                + target.getFileName()
                + "."
                + ProcessHandle.current().pid()
                + "."
                + System.nanoTime()
                + ".partial");
    return PartialFiles.create(partial, () -> new CompleteFile(target, partial, overwrite));
  }

  /** Where to write. */
  public OutputStream stream() {
    return stream;
  }

  /** The name the file will have. */
  public Path target() {
    return target;
  }

  /**
   * Sets the data rows the manifest will give the file, for a format whose rows its writer counts
   * (Parquet); NDJSON, CSV, X12 and NCPDP rows are counted as the bytes go by.
   */
  public void rows(long rows) {
    digest.rows(rows);
  }

  /** Writes out what is buffered and closes the file, still under its temporary name. */
  public void finish() throws IOException {
    stream.close();
  }

  /** Finishes and gives the file its name. */
  public void commit() throws IOException {
    finish();
    if (!overwrite && Files.exists(target)) {
      throw new FileAlreadyExistsException(
          target.toString(), null, "appeared while writing; not replaced");
    }
    CrashPoints.reached();
    try {
      Files.move(
          partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING);
    }
    committed = true;
    FileDigest.remember(target, digest);
    CrashPoints.reached();
  }

  @Override
  public void close() throws IOException {
    if (!committed) {
      try {
        stream.close();
      } finally {
        Files.deleteIfExists(partial);
      }
    }
  }

  /** Passes bytes on, showing each write to a digest first. */
  private static final class Digesting extends FilterOutputStream {
    private final FileDigest.Running digest;

    Digesting(OutputStream out, FileDigest.Running digest) {
      super(out);
      this.digest = digest;
    }

    @Override
    public void write(int b) throws IOException {
      write(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      digest.update(b, off, len);
      out.write(b, off, len);
    }
  }
}
