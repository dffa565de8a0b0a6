package org.healthsim.generation.internal.output;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.healthsim.generation.output.CohortOutput;

/**
 * A {@link CohortOutput} that writes a set of {@link CompleteFile}s: its targets are theirs, it
 * finishes once (after what each file's end needs, {@link #finishFiles}), commits each, and on
 * close removes whatever was not committed.
 */
public abstract class FileSetOutput implements CohortOutput {

  private boolean finished;

  /** The files being written so far, in order. */
  protected abstract List<CompleteFile> openFiles();

  /** Writes each file's end and finishes it; called once, by {@link #finish}. */
  protected abstract void finishFiles() throws IOException;

  @Override
  public final List<Path> targets() {
    return CompleteFile.targets(openFiles());
  }

  @Override
  public final void finish() throws IOException {
    if (!finished) {
      finishFiles();
      finished = true;
    }
  }

  @Override
  public final void commit() throws IOException {
    finish();
    CompleteFile.commitAll(openFiles());
  }

  @Override
  public final List<Path> files() {
    return targets();
  }

  @Override
  public final void close() throws IOException {
    Closeables.closeAll(openFiles());
  }
}
