package dev.allotment.pulumi.digitalocean;

import com.pulumi.core.Output;
import com.pulumi.core.annotations.Import;
import com.pulumi.exceptions.MissingRequiredPropertyException;
import com.pulumi.resources.ResourceArgs;
import java.util.List;

/** Inputs of a {@link ProjectResources}. */
public final class ProjectResourcesArgs extends ResourceArgs {

  /** Arguments with nothing set. */
  public static final ProjectResourcesArgs Empty = new ProjectResourcesArgs();

  @Import(name = "project", required = true)
  private Output<String> project;

  @Import(name = "resources", required = true)
  private Output<List<String>> resources;

  /** The ID of the project, e.g. {@link Project#id()}. Changing it replaces the assignment. */
  public Output<String> project() {
    return this.project;
  }

  /** DigitalOcean URNs of the resources to assign, e.g. {@link KubernetesCluster#clusterUrn()}. */
  public Output<List<String>> resources() {
    return this.resources;
  }

  private ProjectResourcesArgs() {}

  /** Starts an empty builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link ProjectResourcesArgs}; {@link #build()} checks that required inputs are set. */
  public static final class Builder {
    private final ProjectResourcesArgs args = new ProjectResourcesArgs();

    private Builder() {}

    /**
     * Sets {@link ProjectResourcesArgs#project()}.
     *
     * @param project the value, possibly not yet known
     * @return this builder
     */
    public Builder project(Output<String> project) {
      args.project = project;
      return this;
    }

    /**
     * Sets {@link ProjectResourcesArgs#project()}.
     *
     * @param project the value
     * @return this builder
     */
    public Builder project(String project) {
      return project(Output.of(project));
    }

    /**
     * Sets {@link ProjectResourcesArgs#resources()}.
     *
     * @param resources the value, possibly not yet known
     * @return this builder
     */
    public Builder resources(Output<List<String>> resources) {
      args.resources = resources;
      return this;
    }

    /**
     * Sets {@link ProjectResourcesArgs#resources()}.
     *
     * @param resources the value
     * @return this builder
     */
    public Builder resources(List<String> resources) {
      return resources(Output.of(resources));
    }

    /**
     * Sets {@link ProjectResourcesArgs#resources()}.
     *
     * @param resources the elements
     * @return this builder
     */
    public Builder resources(String... resources) {
      return resources(List.of(resources));
    }

    /**
     * Returns the arguments.
     *
     * @return the arguments
     * @throws MissingRequiredPropertyException if a required input was not set
     */
    public ProjectResourcesArgs build() {
      if (args.project == null) {
        throw new MissingRequiredPropertyException("ProjectResourcesArgs", "project");
      }
      if (args.resources == null) {
        throw new MissingRequiredPropertyException("ProjectResourcesArgs", "resources");
      }
      return args;
    }
  }
}
