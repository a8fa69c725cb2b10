# syntax=docker/dockerfile:1
# The Allotment operator image: the operator jar and its dependencies on a Java 17 JRE, plus the
# Pulumi CLI the Automation API drives, its Java language host and the Kubernetes provider, all
# built from the pinned Go modules under tools/go/. Build from the repository root:
#   docker build -t allotment-operator:0.1.0 .

# ---- build: the operator jar and target/lib/ ----
FROM maven:3.9.9-eclipse-temurin-17 AS build
WORKDIR /src
# Dependencies first: this layer is reused until a pom changes.
COPY pom.xml ./
COPY sdks/pom.xml sdks/
COPY sdks/github/pom.xml sdks/github/
COPY sdks/digitalocean/pom.xml sdks/digitalocean/
COPY sdks/azuread/pom.xml sdks/azuread/
COPY operator/pom.xml operator/
RUN --mount=type=cache,target=/root/.m2 \
    mvn -B -ntp -q -pl operator -am dependency:go-offline || true
# The generated provider SDKs (sdks/*/src/main, committed; tools/gen-sdks.sh makes them).
COPY sdks/ sdks/
COPY operator/src/main operator/src/main
# No tests here (they run in CI with `mvn verify`); .dockerignore leaves them out of the context.
RUN --mount=type=cache,target=/root/.m2 \
    mvn -B -ntp -q -pl operator -am package -DskipTests -Dmaven.test.skip=true

# ---- pulumi: the CLI, the Java language host and the Kubernetes provider, built from the same
# pinned Go modules (tools/go/*, go.sum included) and by the same script as the tests' binaries,
# so that the image and the test suite run one CLI version. No tarball, no unverified checksum:
# the Go module proxy's checksums are verified against the committed go.sum files.
FROM golang:1.26-bookworm AS pulumi
WORKDIR /src
COPY tools/ tools/
RUN --mount=type=cache,target=/root/go/pkg/mod \
    --mount=type=cache,target=/root/.cache/go-build \
    ALLOTMENT_CACHE=/opt/assets bash tools/assets.sh pulumi \
    && mkdir -p /opt/pulumi \
    && cp /opt/assets/pulumi-*/pulumi /opt/assets/pulumi-*/pulumi-language-java \
          /opt/assets/pulumi-*/pulumi-resource-kubernetes /opt/pulumi/ \
    && /opt/pulumi/pulumi version

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

# Program mode "process": for every up and preview the CLI's Java language host
# (/opt/pulumi/pulumi-language-java) runs `java -jar <jar>`, with `java` from this image's PATH;
# the jar is the operator's own, which the operator finds itself (ALLOTMENT_PROGRAM_BINARY
# overrides it).
# The Kubernetes provider is baked in beside the CLI, which takes it from there whatever version a
# program asks for (air-gapped clusters cannot download it). The cloud providers (azure-native,
# github, digitalocean, azuread) are not: the CLI installs the versions the programs ask for into
# PULUMI_HOME, on the state volume (the root filesystem is read-only), once per volume.
ENV PATH="/opt/pulumi:${PATH}" \
    ALLOTMENT_STATE_DIR=/var/lib/allotment \
    ALLOTMENT_PULUMI_BINARY=/opt/pulumi/pulumi \
    PULUMI_HOME=/var/lib/allotment/.pulumi \
    PULUMI_SKIP_UPDATE_CHECK=true

USER 10001:10001
WORKDIR /var/lib/allotment
EXPOSE 8080
ENTRYPOINT ["java", "-XX:MaxRAMPercentage=75.0", "-jar", "/opt/allotment/allotment-operator.jar"]
CMD ["run"]
