package dev.allotment.engine;

import java.io.IOException;
import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;

/** This host as the Pulumi CLI names it in lock files, and the processes running on it. */
final class LocalHost {

  private LocalHost() {}

  /** The kernel's host name (what Go's os.Hostname returns; the pod's name in Kubernetes). */
  static String name() {
    try {
      Path kernel = Path.of("/proc/sys/kernel/hostname");
      if (Files.isReadable(kernel)) {
        return Files.readString(kernel).strip();
      }
      return InetAddress.getLocalHost().getHostName();
    } catch (IOException e) {
      throw new IllegalStateException("cannot tell this host's name", e);
    }
  }

  static StaleLocks.Processes processes() {
    return pid ->
        ProcessHandle.of(pid).filter(ProcessHandle::isAlive).flatMap(p -> p.info().startInstant());
  }
}
