package dev.allotment.testing.pulumi;

import com.google.protobuf.Empty;
import io.grpc.stub.StreamObserver;
import pulumirpc.EngineGrpc;
import pulumirpc.EngineOuterClass.GetRootResourceRequest;
import pulumirpc.EngineOuterClass.GetRootResourceResponse;
import pulumirpc.EngineOuterClass.LogRequest;
import pulumirpc.EngineOuterClass.RequirePulumiVersionRequest;
import pulumirpc.EngineOuterClass.RequirePulumiVersionResponse;
import pulumirpc.EngineOuterClass.SetRootResourceRequest;
import pulumirpc.EngineOuterClass.SetRootResourceResponse;

/** The engine's Engine service: program logs become diagnostics; the root is the stack. */
final class EngineService extends EngineGrpc.EngineImplBase {

  private final ProgramDeployment deployment;

  EngineService(ProgramDeployment deployment) {
    this.deployment = deployment;
  }

  @Override
  public void log(LogRequest request, StreamObserver<Empty> response) {
    deployment.log(request);
    response.onNext(Empty.getDefaultInstance());
    response.onCompleted();
  }

  @Override
  public void getRootResource(
      GetRootResourceRequest request, StreamObserver<GetRootResourceResponse> response) {
    String root = deployment.rootUrn();
    response.onNext(GetRootResourceResponse.newBuilder().setUrn(root == null ? "" : root).build());
    response.onCompleted();
  }

  @Override
  public void setRootResource(
      SetRootResourceRequest request, StreamObserver<SetRootResourceResponse> response) {
    response.onNext(SetRootResourceResponse.getDefaultInstance());
    response.onCompleted();
  }

  @Override
  public void requirePulumiVersion(
      RequirePulumiVersionRequest request, StreamObserver<RequirePulumiVersionResponse> response) {
    response.onNext(RequirePulumiVersionResponse.getDefaultInstance());
    response.onCompleted();
  }
}
