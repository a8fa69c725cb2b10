package dev.allotment.testing.pulumi;

import com.google.protobuf.Empty;
import io.grpc.Status;
import io.grpc.StatusException;
import io.grpc.stub.StreamObserver;
import java.util.Set;
import java.util.UUID;
import pulumirpc.Provider.CallResponse;
import pulumirpc.Resource.ReadResourceRequest;
import pulumirpc.Resource.ReadResourceResponse;
import pulumirpc.Resource.RegisterPackageRequest;
import pulumirpc.Resource.RegisterPackageResponse;
import pulumirpc.Resource.RegisterResourceOutputsRequest;
import pulumirpc.Resource.RegisterResourceRequest;
import pulumirpc.Resource.RegisterResourceResponse;
import pulumirpc.Resource.ResourceCallRequest;
import pulumirpc.Resource.ResourceInvokeRequest;
import pulumirpc.Resource.ResourceInvokeResponse;
import pulumirpc.Resource.SupportsFeatureRequest;
import pulumirpc.Resource.SupportsFeatureResponse;
import pulumirpc.ResourceMonitorGrpc;

/**
 * The engine's ResourceMonitor service as the SDK sees it. Invokes, reads and calls are not
 * emulated: they fail with a message naming the emulator, so a program that needs them fails loudly
 * instead of getting made-up data.
 */
final class ResourceMonitorService extends ResourceMonitorGrpc.ResourceMonitorImplBase {

  /** What the real engine of this version supports among the features SDKs ask about. */
  private static final Set<String> FEATURES =
      Set.of(
          "secrets",
          "resourceReferences",
          "outputValues",
          "deletedWith",
          "aliasSpecs",
          "parameterization");

  private final ProgramDeployment deployment;

  ResourceMonitorService(ProgramDeployment deployment) {
    this.deployment = deployment;
  }

  @Override
  public void supportsFeature(
      SupportsFeatureRequest request, StreamObserver<SupportsFeatureResponse> response) {
    response.onNext(
        SupportsFeatureResponse.newBuilder()
            .setHasSupport(FEATURES.contains(request.getId()))
            .build());
    response.onCompleted();
  }

  @Override
  public void registerResource(
      RegisterResourceRequest request, StreamObserver<RegisterResourceResponse> response) {
    try {
      response.onNext(deployment.register(request));
      response.onCompleted();
    } catch (StatusException e) {
      response.onError(e);
    } catch (RuntimeException e) {
      response.onError(Status.INTERNAL.withDescription(e.toString()).withCause(e).asException());
    }
  }

  @Override
  public void registerResourceOutputs(
      RegisterResourceOutputsRequest request, StreamObserver<Empty> response) {
    try {
      deployment.registerOutputs(request.getUrn(), PropertyValues.fromStruct(request.getOutputs()));
      response.onNext(Empty.getDefaultInstance());
      response.onCompleted();
    } catch (StatusException e) {
      response.onError(e);
    } catch (RuntimeException e) {
      response.onError(Status.INTERNAL.withDescription(e.toString()).withCause(e).asException());
    }
  }

  @Override
  public void registerPackage(
      RegisterPackageRequest request, StreamObserver<RegisterPackageResponse> response) {
    response.onNext(
        RegisterPackageResponse.newBuilder().setRef(UUID.randomUUID().toString()).build());
    response.onCompleted();
  }

  @Override
  public void invoke(
      ResourceInvokeRequest request, StreamObserver<ResourceInvokeResponse> response) {
    response.onError(unsupported("invoke of " + request.getTok()));
  }

  @Override
  public void readResource(
      ReadResourceRequest request, StreamObserver<ReadResourceResponse> response) {
    response.onError(
        unsupported("reading resource " + request.getType() + " " + request.getName()));
  }

  @Override
  public void call(ResourceCallRequest request, StreamObserver<CallResponse> response) {
    response.onError(unsupported("call of " + request.getTok()));
  }

  @Override
  public void signalAndWaitForShutdown(Empty request, StreamObserver<Empty> response) {
    response.onNext(Empty.getDefaultInstance());
    response.onCompleted();
  }

  private static StatusException unsupported(String what) {
    return Status.UNIMPLEMENTED
        .withDescription("the Pulumi CLI emulator does not support " + what)
        .asException();
  }
}
