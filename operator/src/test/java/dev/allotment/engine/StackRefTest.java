package dev.allotment.engine;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class StackRefTest {

  @Test
  void namespaceAndNameMakeTheStackName() {
    assertThat(StackRef.of("allotment-cluster", "team-a", "dev").stack()).isEqualTo("team-a.dev");
  }

  @Test
  void longNamesAreCutStablyAndStayUnique() {
    String name = "x".repeat(200);
    StackRef first = StackRef.of("allotment-teamenvironment", "team-a", name);
    StackRef again = StackRef.of("allotment-teamenvironment", "team-a", name);
    StackRef other = StackRef.of("allotment-teamenvironment", "team-a", name + "y");

    assertThat(first.stack())
        .hasSize(StackRef.MAX_NAME)
        .startsWith("team-a.xxx")
        .isEqualTo(again.stack());
    assertThat(other.stack()).hasSize(StackRef.MAX_NAME).isNotEqualTo(first.stack());
  }

  @Test
  void theNamespaceIsKeptWhenTheNameIsCut() {
    String namespace = "n".repeat(63);

    assertThat(StackRef.of("allotment-teamenvironment", namespace, "x".repeat(200)).namespace())
        .isEqualTo(namespace);
    assertThat(StackRef.of("allotment-cluster", "team-a", "dev").namespace()).isEqualTo("team-a");
  }
}
