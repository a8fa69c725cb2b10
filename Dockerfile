# syntax=docker/dockerfile:1
# The Allotment operator image: the operator jar and its dependencies on a Java 17 JRE, plus the
# Pulumi CLI the Automation API drives. Build from the repository root:
#   docker build -t allotment-operator:0.1.0 .
# Only linux/amd64 has a pinned Pulumi checksum; for arm64 pass
#   --build-arg PULUMI_SHA256_ARM64=<sha256 of pulumi-v<version>-linux-arm64.tar.gz>.

# ---- build: the operator jar and target/lib/ ----
FROM maven:3.9.9-eclipse-temurin-17 AS build
WORKDIR /src
# Dependencies first: this layer is reused until a pom changes.
COPY pom.xml ./
COPY operator/pom.xml operator/
RUN --mount=type=cache,target=/root/.m2 \
    mvn -B -ntp -q -pl operator dependency:go-offline || true
COPY operator/src/main operator/src/main
# No tests here (they run in CI with `mvn verify`); .dockerignore leaves them out of the context.
RUN --mount=type=cache,target=/root/.m2 \
    mvn -B -ntp -q -pl operator package -DskipTests -Dmaven.test.skip=true

# ---- pulumi: the CLI from its release tarball, verified against a pinned checksum ----
FROM debian:bookworm-slim AS pulumi
ARG PULUMI_VERSION=3.190.0
# sha256 of pulumi-v3.190.0-linux-x64.tar.gz. Taken from nixpkgs' pulumi-bin data.nix (its
# base-32 hash converted to hex); no network was available to compare it with
# pulumi-3.190.0-checksums.txt on the GitHub release. Update both together.
ARG PULUMI_SHA256_AMD64=a8cda5a0fd20f433e8ced3116bd5f26080a6481194dd20daa6a9b64390857b50
ARG PULUMI_SHA256_ARM64=
ARG TARGETARCH=amd64
RUN apt-get update \
    && apt-get install -y --no-install-recommends ca-certificates curl \
    && rm -rf /var/lib/apt/lists/*
RUN set -eu; \
    case "${TARGETARCH}" in \
      amd64) arch=x64; sha256="${PULUMI_SHA256_AMD64}" ;; \
      arm64) arch=arm64; sha256="${PULUMI_SHA256_ARM64}" ;; \
      *) echo "unsupported architecture ${TARGETARCH}" >&2; exit 1 ;; \
    esac; \
    if [ -z "${sha256}" ]; then \
      echo "no pinned sha256 for linux-${arch}: pass --build-arg PULUMI_SHA256_$(echo ${TARGETARCH} | tr a-z A-Z)=..." >&2; \
      exit 1; \
    fi; \
    curl -fsSL -o /tmp/pulumi.tar.gz \
      "https://get.pulumi.com/releases/sdk/pulumi-v${PULUMI_VERSION}-linux-${arch}.tar.gz"; \
    echo "${sha256}  /tmp/pulumi.tar.gz" | sha256sum -c -; \
    mkdir -p /opt; \
    tar -xzf /tmp/pulumi.tar.gz -C /opt; \
    /opt/pulumi/pulumi version; \
    # The Java language host runs each program in process mode (ALLOTMENT_PROGRAM_MODE).
    test -x /opt/pulumi/pulumi-language-java

# ---- runtime ----
FROM eclipse-temurin:17-jre-jammy
ARG VERSION=0.1.0
LABEL org.opencontainers.image.title="allotment-operator" \
      org.opencontainers.image.description="Kubernetes operator for self-service team infrastructure, driven by Pulumi" \
      org.opencontainers.image.version="${VERSION}" \
      org.opencontainers.image.licenses="Apache-2.0"

# A fixed non-root user; the Helm chart runs the pod as 10001 with a read-only root filesystem.
RUN groupadd --gid 10001 allotment \
    && useradd --uid 10001 --gid 10001 --home-dir /home/allotment --create-home \
       --shell /usr/sbin/nologin allotment \
    && mkdir -p /var/lib/allotment \
    && chown 10001:10001 /var/lib/allotment

COPY --from=pulumi /opt/pulumi /opt/pulumi
# Dependencies change less often than the operator: their own layer.
COPY --from=build /src/operator/target/lib/ /opt/allotment/lib/
COPY --from=build /src/operator/target/allotment-operator.jar /opt/allotment/allotment-operator.jar

# Program mode "process" (the default): for every up and preview the CLI's Java language host
# (/opt/pulumi/pulumi-language-java, part of the CLI tarball) runs `java -jar <jar>`, with `java`
# from this image's PATH; the jar is the operator's own, which the operator finds itself
# (ALLOTMENT_PROGRAM_BINARY overrides it).
# Plugins (azure-native, kubernetes, github) are not baked in: the CLI installs the versions the
# programs ask for into PULUMI_HOME, which the chart puts on the state volume (the root
# filesystem is read-only there), so they are downloaded once per volume.
ENV PATH="/opt/pulumi:${PATH}" \
    ALLOTMENT_STATE_DIR=/var/lib/allotment \
    PULUMI_HOME=/var/lib/allotment/.pulumi \
    PULUMI_SKIP_UPDATE_CHECK=true

USER 10001:10001
WORKDIR /var/lib/allotment
EXPOSE 8080
ENTRYPOINT ["java", "-XX:MaxRAMPercentage=75.0", "-jar", "/opt/allotment/allotment-operator.jar"]
CMD ["run"]
