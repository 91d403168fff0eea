package org.courtorders.cli;

import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;

/**
 * JSON Lines out, whole lines only. Lines collect in a buffer that goes to the stream in one write
 * once it holds {@value #BUFFER} bytes, so a reader never sees half a line from a normal run; on
 * SIGTERM or Ctrl-C the shutdown hook calls {@link #stop()}, which writes the finished lines still
 * buffered and lets no further line start. Any write failure (full disk, closed pipe) surfaces as
 * an {@link IOException} on the next {@link #line} or {@link #close}: unlike {@code System.out},
 * nothing here swallows errors.
 */
final class LineOutput implements Closeable {
  static final int BUFFER = 1 << 16;

  private final OutputStream out;
  private final boolean eachLine;
  private final ReentrantLock lock = new ReentrantLock();
  private final ByteArrayOutputStream buffer = new ByteArrayOutputStream(BUFFER + 1024);
  private boolean stopped;
  private long lines;

  /**
   * @param out where lines go; closed by {@link #close()}
   * @param eachLine write every line at once (a person is reading standard output)
   */
  LineOutput(OutputStream out, boolean eachLine) {
    this.out = out;
    this.eachLine = eachLine;
  }

  /**
   * Adds one line ({@code text} must not contain a line break) and writes when the buffer is full.
   */
  void line(String text) throws IOException {
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    lock.lock();
    try {
      if (stopped) {
        throw new IOException("output stopped");
      }
      buffer.write(bytes);
      buffer.write('\n');
      lines++;
      if (eachLine || buffer.size() >= BUFFER) {
        drain();
      }
    } finally {
      lock.unlock();
    }
  }

  /**
   * Adds a finished piece of text as it is, with its own line ends (a whole calendar), and writes
   * it at once.
   */
  void text(String text) throws IOException {
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    lock.lock();
    try {
      if (stopped) {
        throw new IOException("output stopped");
      }
      buffer.write(bytes);
      drain();
    } finally {
      lock.unlock();
    }
  }

  /** Lines accepted so far. */
  long lines() {
    return lines;
  }

  /**
   * For the shutdown hook: waits for a write in progress to finish (a few seconds at most, in case
   * the reader of a pipe is stuck), writes the whole lines still buffered, and refuses any later
   * line. Errors are ignored: the process is ending anyway.
   */
  void stop() {
    boolean locked = false;
    try {
      locked = lock.tryLock(3, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    if (!locked) {
      return;
    }
    try {
      if (!stopped) {
        stopped = true;
        drain();
        out.flush();
      }
    } catch (IOException ignored) {
      // ending: nothing more can be done about a failed write
    } finally {
      lock.unlock();
    }
  }

  @Override
  public void close() throws IOException {
    lock.lock();
    try {
      if (stopped) {
        return;
      }
      stopped = true;
      try {
        drain();
        out.flush();
      } finally {
        out.close();
      }
    } finally {
      lock.unlock();
    }
  }

  private void drain() throws IOException {
    if (buffer.size() > 0) {
      try {
        buffer.writeTo(out);
        out.flush();
      } finally {
        buffer.reset();
      }
    }
  }
}
