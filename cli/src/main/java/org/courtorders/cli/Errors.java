package org.courtorders.cli;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileSystemException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.util.Locale;
import java.util.zip.ZipException;

/**
 * Says why an operation failed in words a user can act on. Java's file exceptions often carry only
 * the path as their message ({@code AccessDeniedException: x.txt}), which loses the cause; this
 * names it ("permission denied") and keeps the reason the operating system gave.
 */
final class Errors {
  private Errors() {}

  /** The cause of {@code e} in a few lower-case words, without the path. */
  static String reason(Throwable e) {
    if (e instanceof AccessDeniedException) {
      return "permission denied";
    }
    if (e instanceof NoSuchFileException) {
      return "no such file or folder";
    }
    if (e instanceof NotDirectoryException) {
      return "not a folder";
    }
    if (e instanceof DirectoryNotEmptyException) {
      return "folder not empty";
    }
    if (e instanceof FileSystemLoopException) {
      return "the folder links back to itself";
    }
    if (e instanceof FileSystemException fse) {
      String r = fse.getReason();
      return r != null ? lower(r) : fse.getClass().getSimpleName();
    }
    if (e instanceof ZipException || e instanceof java.io.EOFException) {
      return "damaged or truncated compressed data"
          + (e.getMessage() == null ? "" : " (" + e.getMessage() + ")");
    }
    if (e instanceof OutOfMemoryError) {
      return "out of memory (the input is too large for the Java heap; raise -Xmx or split it)";
    }
    if (e instanceof StackOverflowError) {
      return "stack overflow";
    }
    if (e instanceof java.io.UncheckedIOException u && u.getCause() != null) {
      return reason(u.getCause());
    }
    String m = e.getMessage();
    if (e instanceof IOException) {
      return m == null || m.isBlank() ? e.getClass().getSimpleName() : lower(m);
    }
    return m == null || m.isBlank()
        ? e.getClass().getName()
        : e.getClass().getSimpleName() + ": " + m;
  }

  /** Whether a write failed because the reader of a pipe went away (the shell's SIGPIPE). */
  static boolean isBrokenPipe(IOException e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      String m = t.getMessage();
      if (m != null && m.toLowerCase(Locale.ROOT).contains("broken pipe")) {
        return true;
      }
    }
    return false;
  }

  private static String lower(String s) {
    // "No space left on device" -> "no space left on device"; keep acronyms ("EOF") as written
    return s.length() > 1
            && Character.isUpperCase(s.charAt(0))
            && Character.isLowerCase(s.charAt(1))
        ? Character.toLowerCase(s.charAt(0)) + s.substring(1)
        : s;
  }
}
