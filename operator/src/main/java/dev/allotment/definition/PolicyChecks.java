package dev.allotment.definition;

import dev.allotment.api.v1alpha1.EntraGroupRole;
import dev.allotment.api.v1alpha1.OperationsSpec;
import dev.allotment.api.v1alpha1.PlatformPolicy;
import dev.allotment.api.v1alpha1.Stage;
import dev.allotment.api.v1alpha1.TeamEnvironmentSpec;
import dev.allotment.policy.EntraGroupRoles;
import dev.allotment.policy.NamespaceOwnership;
import dev.allotment.policy.NamespaceSource;
import dev.allotment.policy.PolicyEvaluator;
import dev.allotment.policy.PolicyRequest;
import dev.allotment.policy.PolicySource;
import dev.allotment.policy.PolicyViolation;
import dev.allotment.policy.TenancyRefusal;
import dev.allotment.program.ComputeQuota;
import dev.allotment.program.NamespaceBaseline;
import dev.allotment.status.Reason;
import dev.allotment.validation.InvalidSpecException;
import dev.allotment.validation.SpecProblem;
import java.util.List;
import java.util.Optional;

/** Where a definition's prepare applies the platform's policies. */
final class PolicyChecks {

  private PolicyChecks() {}

  /**
   * Refuses a request from a namespace the platform did not bind to its team and stage, then one
   * the policies forbid, naming each rule, field and the allowed values.
   */
  static void enforce(PolicyRequest request, PolicySource policies, NamespaceSource namespaces)
      throws InvalidSpecException {
    List<PlatformPolicy> current = policies.current();
    Optional<TenancyRefusal> refusal =
        PolicyEvaluator.tenancy(request, namespaces.binding(request.namespace()), current);
    if (refusal.isPresent()) {
      throw new InvalidSpecException(refusal.get().problems(), refusal.get().reason());
    }
    List<PolicyViolation> violations = PolicyEvaluator.evaluate(request, current);
    if (!violations.isEmpty()) {
      throw new InvalidSpecException(
          violations.stream().map(PolicyViolation::toSpecProblem).toList(),
          PolicyEvaluator.reason(violations));
    }
  }

  /**
   * The baseline of the namespaces created for {@code spec}'s stage (see {@link
   * PolicyEvaluator#namespaceBaseline}); the default for a spec without a stage, which its
   * validator refuses anyway.
   *
   * @throws InvalidSpecException with reason {@code InvalidPolicy} when a policy holds a malformed
   *     baseline value for the stage, naming the policy, the field and the fix
   */
  static NamespaceBaseline baseline(OperationsSpec spec, PolicySource policies)
      throws InvalidSpecException {
    Stage stage = spec == null ? null : spec.getStage();
    if (stage == null) {
      return NamespaceBaseline.DEFAULT;
    }
    List<PlatformPolicy> current = policies.current();
    List<SpecProblem> problems = PolicyEvaluator.namespaceBaselineProblems(stage, current);
    if (!problems.isEmpty()) {
      throw new InvalidSpecException(problems, Reason.INVALID_POLICY);
    }
    return PolicyEvaluator.namespaceBaseline(stage, current);
  }

  /**
   * The compute of the namespaces created for {@code spec}'s stage where the resource asks for none
   * (see {@link PolicyEvaluator#computeQuota}); the default for a spec without a stage.
   */
  static ComputeQuota compute(OperationsSpec spec, PolicySource policies) {
    return Optional.ofNullable(spec)
        .map(OperationsSpec::getStage)
        .map(stage -> PolicyEvaluator.computeQuota(stage, policies.current()))
        .orElse(ComputeQuota.DEFAULT);
  }

  /**
   * Refuses a TeamEnvironment whose {@code spec.kubernetes.quota} asks for more than a policy's
   * ceiling for its stage.
   *
   * @throws InvalidSpecException with reason {@code ComputeQuotaAboveCeiling}, naming each field,
   *     the policy, its rule and the strictest ceiling
   */
  static void computeCeilings(TeamEnvironmentSpec spec, PolicySource policies)
      throws InvalidSpecException {
    if (spec == null || spec.getStage() == null || spec.getKubernetes() == null) {
      return;
    }
    List<SpecProblem> problems =
        PolicyEvaluator.computeAboveCeiling(
            spec.getStage(), spec.getKubernetes().getQuota(), policies.current());
    if (!problems.isEmpty()) {
      throw new InvalidSpecException(problems, Reason.COMPUTE_QUOTA_ABOVE_CEILING);
    }
  }

  /**
   * The role the policies give the Entra ID groups of {@code spec}'s stage (see {@link
   * EntraGroupRoles#of}); empty for the stage's default, and for a spec without a stage, which its
   * validator refuses anyway.
   */
  static Optional<EntraGroupRole> entraGroupRole(OperationsSpec spec, PolicySource policies) {
    return Optional.ofNullable(spec)
        .map(OperationsSpec::getStage)
        .flatMap(stage -> EntraGroupRoles.of(stage, policies.current()));
  }

  /**
   * Refuses a hub namespace the program would create when it exists and is not this team's and
   * stage's (see {@link NamespaceOwnership}).
   */
  static void namespaceFree(
      String field, String name, NamespaceSource namespaces, String team, String stage, String kind)
      throws InvalidSpecException {
    Optional<SpecProblem> problem =
        NamespaceOwnership.check(field, name, namespaces.get(name), team, stage, kind);
    if (problem.isPresent()) {
      throw new InvalidSpecException(List.of(problem.get()), Reason.NAMESPACE_TAKEN);
    }
  }
}
