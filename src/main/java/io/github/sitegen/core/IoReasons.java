package io.github.sitegen.core;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;

/**
 * Why an I/O operation failed, in words a user can act on. The JDK's exceptions often carry
 * only a path as their message ({@code AccessDeniedException: /x}), which says nothing alone.
 */
public final class IoReasons {
    private IoReasons() {
    }

    public static String of(Throwable e) {
        if (e instanceof UncheckedIOException u && u.getCause() != null) {
            return of(u.getCause());
        }
        String what = e instanceof AccessDeniedException ? "permission denied"
                : e instanceof NoSuchFileException ? "no such file or folder"
                : e instanceof NotDirectoryException ? "not a folder"
                : e instanceof FileAlreadyExistsException ? "already exists"
                : e instanceof DirectoryNotEmptyException ? "folder not empty"
                : e instanceof FileSystemLoopException ? "symbolic links form a loop"
                : e instanceof CharacterCodingException ? "not valid UTF-8"
                : null;
        String reason = e instanceof FileSystemException f ? f.getReason() : e.getMessage();
        String file = e instanceof FileSystemException f ? f.getFile() : null;
        StringBuilder text = new StringBuilder();
        text.append(what != null ? what : reason != null ? reason : e.getClass().getSimpleName());
        if (what != null && reason != null && !reason.isBlank()) {
            text.append(" (").append(reason).append(')');
        }
        if (file != null) {
            text.append(": ").append(file);
        }
        return text.toString();
    }

}
