package org.healthsim.generation.internal.output;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.healthsim.generation.output.CohortOutput;

/**
 * A {@link CohortOutput} that writes a set of {@link CompleteFile}s: its targets are theirs, it
 * finishes once ({@link #finishFiles}: each file, after whatever its end needs), commits each, and
 * on close removes whatever was not committed.
 */
public abstract class FileSetOutput implements CohortOutput {

  private boolean finished;

  /** The files being written so far, in order. */
  protected abstract List<CompleteFile> openFiles();

  /**
   * Finishes each file; called once, by {@link #finish}. An output whose files end with something
   * (an envelope, a count) writes it first.
   */
  protected void finishFiles() throws IOException {
    for (CompleteFile f : openFiles()) {
      f.finish();
    }
  }

  @Override
  public final List<Path> targets() {
    List<Path> targets = new ArrayList<>();
    for (CompleteFile f : openFiles()) {
      targets.add(f.target());
    }
    return targets;
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
    for (CompleteFile f : openFiles()) {
      f.commit();
    }
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
