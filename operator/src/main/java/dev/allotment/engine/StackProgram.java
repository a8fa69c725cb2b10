package dev.allotment.engine;

import com.pulumi.Context;

/** An inline Pulumi program: declares resources and exports string outputs. */
@FunctionalInterface
public interface StackProgram {
  void run(Context ctx);
}
