package dev.allotment.pulumi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.pulumi.core.Either;
import com.pulumi.core.Output;
import com.pulumi.core.annotations.CustomType;
import com.pulumi.core.annotations.EnumType;
import com.pulumi.core.annotations.Export;
import com.pulumi.core.annotations.Import;
import com.pulumi.core.annotations.ResourceType;
import com.pulumi.core.internal.Codegen;
import com.pulumi.deployment.InvokeOptions;
import com.pulumi.exceptions.MissingRequiredPropertyException;
import com.pulumi.resources.CustomResource;
import com.pulumi.resources.CustomResourceOptions;
import com.pulumi.resources.InvokeArgs;
import com.pulumi.resources.ProviderResource;
import com.pulumi.resources.ResourceArgs;
import dev.allotment.examples.RepositoryPaths;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;

/**
 * Checks hand-written Pulumi Java bindings against the provider's package schema, by reflection.
 *
 * <p>Our bindings imitate Pulumi's generated SDKs, but nothing compiles them against the schema: a
 * misspelt wire name, a wrong type or a forgotten {@code required = true} would only show up as a
 * failed (or silently wrong) {@code pulumi up}. This checker reads the schema with Jackson and
 * compares it with the {@code @ResourceType}, {@code @Import} and {@code @Export} annotations, the
 * Java field types, the getters and builders, nested input and output types (following {@code
 * $ref}s), enums, and the options each resource sends (plugin version, secret outputs). Function
 * (data source) bindings are checked too, see {@link #functionProblems}. It knows nothing about a
 * particular provider, so every binding package can use it.
 *
 * <p>The result is a list of human-readable problems; an empty list means the bindings conform.
 */
public final class SchemaConformance {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String LOCAL_TYPE_PREFIX = "#/types/";

  private final JsonNode schema;
  private final String packageName;
  private final String pluginVersion;

  private SchemaConformance(JsonNode schema, String pluginVersion) {
    this.schema = schema;
    this.packageName = schema.path("name").asText();
    this.pluginVersion = pluginVersion;
  }

  /**
   * Locates {@code testdata/upstream/pulumi-schemas/<package>.schema.json}.
   *
   * @throws AssertionError if the file does not exist, because a skipped conformance check would
   *     hide exactly the drift it exists to catch
   */
  public static Path schemaFile(String packageName) {
    Path file =
        RepositoryPaths.upstream().resolve("pulumi-schemas/" + packageName + ".schema.json");
    if (!Files.isRegularFile(file)) {
      throw new AssertionError(
          "Pulumi schema for package '" + packageName + "' not found at " + file);
    }
    return file;
  }

  /**
   * Loads the schema of a package from the repository (see {@link #schemaFile}).
   *
   * @param pluginVersion the plugin version the bindings must request
   */
  public static SchemaConformance forPackage(String packageName, String pluginVersion) {
    return load(schemaFile(packageName), pluginVersion);
  }

  /**
   * Loads a schema file.
   *
   * @param pluginVersion the plugin version the bindings must request; schemas do not carry it
   */
  public static SchemaConformance load(Path schemaFile, String pluginVersion) {
    try {
      return new SchemaConformance(JSON.readTree(schemaFile.toFile()), pluginVersion);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read Pulumi schema " + schemaFile, e);
    }
  }

  /** The schema's package name, e.g. {@code github}. */
  public String packageName() {
    return packageName;
  }

  /**
   * Checks resource (and provider) binding classes plus the plugin manifest resources {@code
   * com/pulumi/<package>/version.txt} and {@code plugin.json}.
   *
   * @return every problem found, empty if all conform
   */
  public List<String> problems(Collection<Class<?>> resourceClasses) {
    List<String> problems = new ArrayList<>(pluginManifestProblems());
    for (Class<?> resourceClass : resourceClasses) {
      problems.addAll(problems(resourceClass));
    }
    return problems;
  }

  /** Checks one resource or provider binding class. */
  public List<String> problems(Class<?> resourceClass) {
    return new Check(resourceClass, false).run();
  }

  /**
   * Checks one function (data source) binding, shaped like Pulumi's generated SDKs: public static
   * methods {@code <method>(Args)} and {@code <method>(Args, InvokeOptions)} on {@code
   * functionsClass} returning {@code Output<Result>}, and {@code <method>Plain(PlainArgs)} and
   * {@code <method>Plain(PlainArgs, InvokeOptions)} returning {@code CompletableFuture<Result>}.
   * The token must be a function of the schema; both argument classes must extend {@link
   * InvokeArgs} and bind the function's {@code inputs} ({@code Output} fields in Args, plain values
   * in PlainArgs); the {@code @CustomType} result must bind the function's {@code outputs},
   * including every output the schema promises.
   *
   * <p>The token is passed in because a function binding carries it only in its method body; a test
   * that runs the function against {@code com.pulumi.test.Mocks} should assert the token the engine
   * receives.
   *
   * @return every problem found, empty if the binding conforms
   */
  public List<String> functionProblems(String token, Class<?> functionsClass, String methodName) {
    String label = functionsClass.getSimpleName() + "." + methodName;
    JsonNode function = schema.path("functions").get(token);
    if (function == null) {
      return List.of(
          label
              + ": token: '"
              + token
              + "' is no function of the schema"
              + suggestion(token, schema.path("functions")));
    }
    List<String> problems = new ArrayList<>();
    Check outputForm = new Check(functionsClass, label, false);
    Check plainForm = new Check(functionsClass, label + "Plain", true);
    Optional<Class<?>> result = outputForm.checkFunction(function, methodName, Output.class, true);
    // Both forms share the result class; check it once, unless only the plain form names it.
    Optional<Class<?>> plainResult =
        plainForm.checkFunction(
            function, methodName + "Plain", CompletableFuture.class, result.isEmpty());
    if (result.isPresent() && plainResult.isPresent() && !result.equals(plainResult)) {
      plainForm.problem(
          "result",
          "returns "
              + plainResult.get().getSimpleName()
              + ", but "
              + methodName
              + " returns "
              + result.get().getSimpleName());
    }
    problems.addAll(outputForm.problems);
    problems.addAll(plainForm.problems);
    return problems;
  }

  /** Checks that the classpath announces the plugin the way the Pulumi language host expects. */
  public List<String> pluginManifestProblems() {
    List<String> problems = new ArrayList<>();
    String dir = "com/pulumi/" + packageName + "/";
    String version = readClasspathResource(dir + "version.txt");
    if (version == null) {
      problems.add(dir + "version.txt: missing from the classpath");
    } else if (!version.trim().equals(pluginVersion)) {
      problems.add(dir + "version.txt: is '" + version.trim() + "', expected " + pluginVersion);
    }
    String manifest = readClasspathResource(dir + "plugin.json");
    if (manifest == null) {
      problems.add(dir + "plugin.json: missing from the classpath");
    } else {
      try {
        JsonNode plugin = JSON.readTree(manifest);
        if (!plugin.path("resource").asBoolean(false)
            || !packageName.equals(plugin.path("name").asText())
            || !pluginVersion.equals(plugin.path("version").asText())) {
          problems.add(
              dir
                  + "plugin.json: expected {resource: true, name: "
                  + packageName
                  + ", version: "
                  + pluginVersion
                  + "}, got "
                  + plugin);
        }
      } catch (IOException e) {
        problems.add(dir + "plugin.json: not valid JSON: " + e.getMessage());
      }
    }
    return problems;
  }

  private static String readClasspathResource(String name) {
    try (InputStream in = SchemaConformance.class.getClassLoader().getResourceAsStream(name)) {
      return in == null ? null : new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private enum Direction {
    INPUT,
    OUTPUT
  }

  /** The state of checking one resource class: its problems and the nested types already seen. */
  private final class Check {
    private final Class<?> resourceClass;
    private final String label;

    /**
     * Whether input types hold plain values rather than {@code Output}s, as the arguments of a
     * function's {@code ...Plain} form do.
     */
    private final boolean plainInputs;

    private final List<String> problems = new ArrayList<>();
    private final Set<Class<?>> checkedTypes = new HashSet<>();

    Check(Class<?> resourceClass, boolean plainInputs) {
      this(resourceClass, resourceClass.getSimpleName(), plainInputs);
    }

    /**
     * @param resourceClass the resource class, or for a function the class holding its methods
     * @param label what problems are reported against
     */
    Check(Class<?> resourceClass, String label, boolean plainInputs) {
      this.resourceClass = resourceClass;
      this.label = label;
      this.plainInputs = plainInputs;
    }

    private void problem(String where, String what) {
      problems.add(label + ": " + where + ": " + what);
    }

    List<String> run() {
      ResourceType resourceType = resourceClass.getAnnotation(ResourceType.class);
      if (resourceType == null) {
        problem("class", "not annotated with @ResourceType");
        return problems;
      }
      String token = resourceType.type();
      boolean isProvider = token.equals("pulumi:providers:" + packageName);
      JsonNode resource = isProvider ? schema.get("provider") : schema.path("resources").get(token);
      if (resource == null) {
        problem(
            "@ResourceType",
            "token '" + token + "' is neither a resource of the schema nor its provider");
        return problems;
      }
      checkResourceClass(isProvider);
      argsClass()
          .ifPresent(
              args ->
                  checkArgs(
                      args,
                      ResourceArgs.class,
                      resource.path("inputProperties"),
                      names(resource.path("requiredInputs")),
                      isProvider,
                      args.getSimpleName()));
      checkExports(resource.path("properties"), names(resource.path("required")));
      checkOptions(resource.path("properties"));
      return problems;
    }

    private void checkResourceClass(boolean isProvider) {
      Class<?> expected = isProvider ? ProviderResource.class : CustomResource.class;
      if (!expected.isAssignableFrom(resourceClass)
          || (!isProvider && ProviderResource.class.isAssignableFrom(resourceClass))) {
        problem("class", "must extend " + expected.getSimpleName());
      }
      // The SDK refuses inner classes when it rebuilds resource references.
      if (resourceClass.isMemberClass() && !Modifier.isStatic(resourceClass.getModifiers())) {
        problem("class", "must be top-level or static");
      }
      if (!isProvider) {
        boolean hasGet =
            Arrays.stream(resourceClass.getDeclaredMethods())
                .anyMatch(
                    m ->
                        m.getName().equals("get")
                            && Modifier.isStatic(m.getModifiers())
                            && Modifier.isPublic(m.getModifiers())
                            && m.getReturnType().equals(resourceClass));
        if (!hasGet) {
          problem("get", "no public static get(...) returning " + resourceClass.getSimpleName());
        }
      }
    }

    /** The Args class, read from the (name, args, options) constructor the SDK itself relies on. */
    private Optional<Class<?>> argsClass() {
      for (Constructor<?> constructor : resourceClass.getConstructors()) {
        Class<?>[] parameters = constructor.getParameterTypes();
        if (parameters.length == 3
            && parameters[0] == String.class
            && ResourceArgs.class.isAssignableFrom(parameters[1])
            && parameters[2] == CustomResourceOptions.class) {
          return Optional.of(parameters[1]);
        }
      }
      problem(
          "constructor",
          "no public (String name, <Args> args, CustomResourceOptions options) constructor");
      return Optional.empty();
    }

    // ---------------------------------------------------------------- functions

    /**
     * Checks one form of a function: the {@code (Args)} and {@code (Args, InvokeOptions)}
     * overloads, the Args class against the function's inputs and the result class against its
     * outputs.
     *
     * @param wrapper {@code Output} or {@code CompletableFuture}, what the form returns the result
     *     in
     * @param checkResult whether to check the result class against the function's outputs
     * @return the result class, if the methods name one
     */
    private Optional<Class<?>> checkFunction(
        JsonNode function, String methodName, Class<?> wrapper, boolean checkResult) {
      String where = methodName + "(...)";
      Optional<Method> method =
          Arrays.stream(resourceClass.getMethods())
              .filter(
                  m ->
                      m.getName().equals(methodName)
                          && Modifier.isStatic(m.getModifiers())
                          && m.getParameterCount() == 1
                          && InvokeArgs.class.isAssignableFrom(m.getParameterTypes()[0]))
              .findFirst();
      if (method.isEmpty()) {
        problem(where, "no public static " + methodName + "(<Args extends InvokeArgs>)");
        return Optional.empty();
      }
      Class<?> argsClass = method.get().getParameterTypes()[0];
      Type returned = method.get().getGenericReturnType();
      Optional<Class<?>> result = Optional.empty();
      if (isParameterized(returned, wrapper) && typeArgument(returned) instanceof Class<?> c) {
        result = Optional.of(c);
      } else {
        problem(
            where,
            "must return "
                + wrapper.getSimpleName()
                + "<Result>, returns "
                + returned.getTypeName());
      }
      boolean withOptions =
          Arrays.stream(resourceClass.getMethods())
              .anyMatch(
                  m ->
                      m.getName().equals(methodName)
                          && Modifier.isStatic(m.getModifiers())
                          && Arrays.equals(
                              m.getParameterTypes(),
                              new Class<?>[] {argsClass, InvokeOptions.class})
                          && m.getGenericReturnType().equals(returned));
      if (!withOptions) {
        problem(
            where,
            "no overload "
                + methodName
                + "("
                + argsClass.getSimpleName()
                + ", InvokeOptions) to pass a provider");
      }
      JsonNode inputs = function.path("inputs");
      checkArgs(
          argsClass,
          InvokeArgs.class,
          inputs.path("properties"),
          names(inputs.path("required")),
          false,
          argsClass.getSimpleName());
      if (checkResult) {
        result.ifPresent(r -> checkFunctionResult(r, function.path("outputs")));
      }
      return result;
    }

    /** The result is the whole answer, so unlike nested output types it must bind every promise. */
    private void checkFunctionResult(Class<?> resultClass, JsonNode outputs) {
      String where = resultClass.getSimpleName();
      checkOutputType(resultClass, outputs, where);
      Set<String> bound = new HashSet<>();
      for (Class<?> nested : resultClass.getDeclaredClasses()) {
        if (nested.isAnnotationPresent(CustomType.Builder.class)) {
          for (Method setter : nested.getDeclaredMethods()) {
            CustomType.Setter annotation = setter.getAnnotation(CustomType.Setter.class);
            if (annotation != null) {
              bound.add(annotation.value().isEmpty() ? setter.getName() : annotation.value());
            }
          }
        }
      }
      for (String name : names(outputs.path("required"))) {
        if (!bound.contains(name)) {
          problem(where, "required output '" + name + "' is not bound");
        }
      }
    }

    // ---------------------------------------------------------------- inputs

    private void checkArgs(
        Class<?> argsClass,
        Class<?> base,
        JsonNode properties,
        Set<String> required,
        boolean jsonEncodesNonStrings,
        String where) {
      if (!checkedTypes.add(argsClass)) {
        return;
      }
      if (!base.isAssignableFrom(argsClass)) {
        problem(where, argsClass.getName() + " must extend " + base.getSimpleName());
      }
      if (!Modifier.isFinal(argsClass.getModifiers())) {
        problem(where, argsClass.getSimpleName() + " must be final");
      }
      checkEmptyConstant(argsClass, where);

      Optional<Class<?>> builder = builderClass(argsClass, where);
      Set<String> bound = new HashSet<>();
      boolean anyRequired = false;
      for (Field field : argsClass.getDeclaredFields()) {
        Import imp = field.getAnnotation(Import.class);
        if (imp == null) {
          continue;
        }
        String wire = imp.name();
        String at = where + "." + wire;
        if (!bound.add(wire)) {
          problem(at, "bound by more than one @Import field");
        }
        anyRequired |= imp.required();
        Optional<Type> valueType = plainInputs ? plainValue(field, at) : outputArgument(field, at);
        JsonNode property = properties.get(wire);
        if (property == null) {
          problem(
              at, "no input property '" + wire + "' in the schema" + suggestion(wire, properties));
        } else {
          if (imp.required() != required.contains(wire)) {
            problem(
                at,
                required.contains(wire)
                    ? "the schema requires this input, but @Import lacks required = true"
                    : "@Import has required = true, but the schema does not require this input");
          }
          // Provider configuration travels as strings, so the SDK must JSON-encode the others.
          boolean expectJson = jsonEncodesNonStrings && !isPlainString(property);
          if (imp.json() != expectJson) {
            problem(at, "@Import json must be " + expectJson);
          }
          valueType.ifPresent(t -> checkType(property, t, Direction.INPUT, at));
        }
        valueType.ifPresent(
            t -> checkArgsAccessors(argsClass, builder, field, imp.required(), t, at));
      }
      for (String name : required) {
        if (!bound.contains(name)) {
          problem(where, "required input '" + name + "' is not bound");
        }
      }
      if (builder.isPresent()) {
        checkEmptyBuild(argsClass, anyRequired, where);
      }
    }

    private void checkEmptyConstant(Class<?> argsClass, String where) {
      try {
        Field empty = argsClass.getField("Empty");
        int modifiers = empty.getModifiers();
        if (!Modifier.isStatic(modifiers)
            || !Modifier.isFinal(modifiers)
            || empty.getType() != argsClass) {
          problem(where, "Empty must be a static final " + argsClass.getSimpleName());
        }
      } catch (NoSuchFieldException e) {
        problem(where, "no public static final Empty");
      }
    }

    private void checkArgsAccessors(
        Class<?> argsClass,
        Optional<Class<?>> builder,
        Field field,
        boolean required,
        Type valueType,
        String at) {
      Optional<Method> getter = publicMethod(argsClass, field.getName());
      if (getter.isEmpty()) {
        problem(at, "no public getter " + field.getName() + "()");
      } else {
        Type returned = getter.get().getGenericReturnType();
        boolean ok =
            required
                ? returned.equals(field.getGenericType())
                : isParameterized(returned, Optional.class)
                    && typeArgument(returned).equals(field.getGenericType());
        if (!ok) {
          problem(
              at,
              "getter must return "
                  + (required ? "" : "Optional<")
                  + field.getGenericType().getTypeName()
                  + (required ? "" : ">")
                  + ", returns "
                  + returned.getTypeName());
        }
      }
      if (builder.isEmpty()) {
        return;
      }
      Class<?> raw = rawClass(valueType);
      if (plainInputs) {
        if (!hasSetter(builder.get(), field.getName(), raw)) {
          problem(at, "builder needs " + field.getName() + "(" + raw.getSimpleName() + ")");
        }
        return;
      }
      boolean takesOutput = hasSetter(builder.get(), field.getName(), Output.class);
      boolean takesValue = hasSetter(builder.get(), field.getName(), raw);
      if (!takesOutput || !takesValue) {
        problem(
            at,
            "builder needs "
                + field.getName()
                + "(Output<...>) and "
                + field.getName()
                + "("
                + raw.getSimpleName()
                + ")");
      }
    }

    private Optional<Class<?>> builderClass(Class<?> argsClass, String where) {
      Optional<Method> builder = publicMethod(argsClass, "builder");
      if (builder.isEmpty() || !Modifier.isStatic(builder.get().getModifiers())) {
        problem(where, "no public static builder()");
        return Optional.empty();
      }
      return Optional.of(builder.get().getReturnType());
    }

    /** An empty builder must fail on build() exactly when the class has a required input. */
    private void checkEmptyBuild(Class<?> argsClass, boolean anyRequired, String where) {
      Throwable thrown = null;
      try {
        Object instance = argsClass.getMethod("builder").invoke(null);
        Method build = instance.getClass().getMethod("build");
        build.setAccessible(true);
        build.invoke(instance);
      } catch (InvocationTargetException e) {
        thrown = e.getCause();
      } catch (ReflectiveOperationException e) {
        problem(where, "cannot call builder().build(): " + e);
        return;
      }
      if (anyRequired && !(thrown instanceof MissingRequiredPropertyException)) {
        problem(
            where,
            "builder().build() without required inputs must throw MissingRequiredPropertyException"
                + (thrown == null ? "" : ", threw " + thrown));
      } else if (!anyRequired && thrown != null) {
        problem(where, "builder().build() with no inputs threw " + thrown);
      }
    }

    // ---------------------------------------------------------------- outputs

    private void checkExports(JsonNode properties, Set<String> required) {
      Set<String> bound = new HashSet<>();
      for (Field field : resourceClass.getDeclaredFields()) {
        Export export = field.getAnnotation(Export.class);
        if (export == null) {
          continue;
        }
        String wire = export.name();
        String at = "@Export " + wire;
        if (!bound.add(wire)) {
          problem(at, "bound by more than one @Export field");
        }
        Optional<Type> valueType = outputArgument(field, at);
        if (valueType.isEmpty()) {
          continue;
        }
        checkRefsAndTree(export, valueType.get(), at);
        JsonNode property = properties.get(wire);
        if (property == null) {
          problem(
              at, "no output property '" + wire + "' in the schema" + suggestion(wire, properties));
          continue;
        }
        checkType(property, valueType.get(), Direction.OUTPUT, at);
        checkExportGetter(field, required.contains(wire), valueType.get(), at);
      }
    }

    /** refs/tree are what the SDK deserializes with, so they must describe the field's type. */
    private void checkRefsAndTree(Export export, Type valueType, String at) {
      List<Class<?>> refs = new ArrayList<>();
      String tree;
      try {
        tree = shapeTree(valueType, refs, true);
      } catch (IllegalArgumentException e) {
        problem(at, e.getMessage());
        return;
      }
      if (!Arrays.asList(export.refs()).equals(refs)) {
        problem(
            at,
            "refs must be "
                + refs.stream().map(c -> c.getSimpleName() + ".class").toList()
                + " for "
                + valueType.getTypeName()
                + ", are "
                + Arrays.stream(export.refs()).map(c -> c.getSimpleName() + ".class").toList());
      }
      JsonNode actualTree;
      try {
        actualTree = JSON.readTree(export.tree());
      } catch (IOException e) {
        problem(at, "tree is not JSON: " + export.tree());
        return;
      }
      if (!actualTree.equals(parseTree(tree))) {
        problem(
            at,
            "tree must be " + tree + " for " + valueType.getTypeName() + ", is " + export.tree());
      }
    }

    private void checkExportGetter(Field field, boolean required, Type valueType, String at) {
      Optional<Method> getter = publicMethod(resourceClass, field.getName());
      if (getter.isEmpty()) {
        problem(at, "no public getter " + field.getName() + "()");
        return;
      }
      Type returned = getter.get().getGenericReturnType();
      boolean ok =
          isParameterized(returned, Output.class)
              && (required
                  ? typeArgument(returned).equals(valueType)
                  : isParameterized(typeArgument(returned), Optional.class)
                      && typeArgument(typeArgument(returned)).equals(valueType));
      if (!ok) {
        String expected =
            required
                ? "Output<" + valueType.getTypeName() + ">"
                : "Output<Optional<"
                    + valueType.getTypeName()
                    + ">> (the schema does not promise a value)";
        problem(at, "getter must return " + expected + ", returns " + returned.getTypeName());
      }
    }

    private void checkOutputType(Class<?> type, JsonNode typeSchema, String where) {
      if (!checkedTypes.add(type)) {
        return;
      }
      if (!type.isAnnotationPresent(CustomType.class)) {
        problem(where, type.getSimpleName() + " must be annotated with @CustomType");
      }
      Optional<Class<?>> builder =
          Arrays.stream(type.getDeclaredClasses())
              .filter(c -> c.isAnnotationPresent(CustomType.Builder.class))
              .findFirst();
      if (builder.isEmpty()) {
        problem(where, type.getSimpleName() + " has no nested @CustomType.Builder class");
        return;
      }
      try {
        builder.get().getDeclaredConstructor();
        builder.get().getDeclaredMethod("build");
      } catch (NoSuchMethodException e) {
        problem(
            where, type.getSimpleName() + ".Builder needs a no-argument constructor and build()");
      }
      JsonNode properties = typeSchema.path("properties");
      Set<String> bound = new HashSet<>();
      for (Method setter : builder.get().getDeclaredMethods()) {
        CustomType.Setter annotation = setter.getAnnotation(CustomType.Setter.class);
        if (annotation == null) {
          continue;
        }
        String wire = annotation.value().isEmpty() ? setter.getName() : annotation.value();
        String at = where + "." + wire;
        // The SDK collects setters into a map keyed by wire name and fails on duplicates.
        if (!bound.add(wire)) {
          problem(at, "more than one @CustomType.Setter for this name");
        }
        if (setter.getParameterCount() != 1) {
          problem(at, "a @CustomType.Setter must take exactly one parameter");
          continue;
        }
        JsonNode property = properties.get(wire);
        if (property == null) {
          problem(
              at, "no property '" + wire + "' in the schema type" + suggestion(wire, properties));
          continue;
        }
        checkType(property, setter.getGenericParameterTypes()[0], Direction.OUTPUT, at);
      }
    }

    // ---------------------------------------------------------------- types

    private void checkType(JsonNode property, Type javaType, Direction direction, String at) {
      if (property.has("oneOf")) {
        checkUnion(property.get("oneOf"), javaType, direction, at);
      } else if (property.has("$ref")) {
        checkRef(property.get("$ref").asText(), javaType, direction, at);
      } else {
        checkPrimitiveOrCollection(property, javaType, direction, at);
      }
    }

    private void checkUnion(JsonNode alternatives, Type javaType, Direction direction, String at) {
      if (alternatives.size() != 2 || !isParameterized(javaType, Either.class)) {
        problem(
            at,
            "a oneOf of "
                + alternatives.size()
                + " types must be Either<L, R>, is "
                + javaType.getTypeName());
        return;
      }
      Type[] sides = ((ParameterizedType) javaType).getActualTypeArguments();
      checkType(alternatives.get(0), sides[0], direction, at + " (left)");
      checkType(alternatives.get(1), sides[1], direction, at + " (right)");
    }

    private void checkRef(String ref, Type javaType, Direction direction, String at) {
      if (ref.equals("pulumi.json#/Any")) {
        expectClass(javaType, Object.class, at);
        return;
      }
      if (ref.equals("pulumi.json#/Json")) {
        // Named, not referenced: Gson is only on Pulumi's runtime classpath.
        if (!javaType.getTypeName().equals("com.google.gson.JsonElement")) {
          problem(at, "type must be JsonElement, is " + javaType.getTypeName());
        }
        return;
      }
      if (!ref.startsWith(LOCAL_TYPE_PREFIX)) {
        problem(at, "the checker does not support $ref " + ref + "; extend it before binding this");
        return;
      }
      String token =
          URLDecoder.decode(ref.substring(LOCAL_TYPE_PREFIX.length()), StandardCharsets.UTF_8);
      JsonNode type = schema.path("types").get(token);
      if (type == null) {
        problem(at, "$ref " + ref + " names no type of the schema");
        return;
      }
      if (!(javaType instanceof Class<?> javaClass)) {
        problem(at, "schema type " + token + " must map to a class, is " + javaType.getTypeName());
        return;
      }
      if (type.has("enum")) {
        checkEnum(javaClass, type.get("enum"), at);
      } else if (direction == Direction.INPUT) {
        // Generated SDKs bind nested inputs of a plain invoke as plain InvokeArgs types.
        checkArgs(
            javaClass,
            plainInputs ? InvokeArgs.class : ResourceArgs.class,
            type.path("properties"),
            names(type.path("required")),
            false,
            javaClass.getSimpleName());
      } else {
        checkOutputType(javaClass, type, javaClass.getSimpleName());
      }
    }

    private void checkEnum(Class<?> javaClass, JsonNode values, String at) {
      if (!javaClass.isEnum() || !javaClass.isAnnotationPresent(EnumType.class)) {
        problem(at, javaClass.getSimpleName() + " must be an enum annotated with @EnumType");
        return;
      }
      Optional<Method> converter =
          Arrays.stream(javaClass.getDeclaredMethods())
              .filter(m -> m.isAnnotationPresent(EnumType.Converter.class))
              .findFirst();
      if (converter.isEmpty()) {
        problem(at, javaClass.getSimpleName() + " has no @EnumType.Converter method");
        return;
      }
      Set<String> allowed = new HashSet<>();
      values.forEach(v -> allowed.add(v.path("value").asText()));
      converter.get().setAccessible(true);
      for (Object constant : javaClass.getEnumConstants()) {
        try {
          String wire = String.valueOf(converter.get().invoke(constant));
          if (!allowed.contains(wire)) {
            problem(
                at,
                javaClass.getSimpleName()
                    + "."
                    + constant
                    + " converts to '"
                    + wire
                    + "', which the schema enum lacks");
          }
        } catch (ReflectiveOperationException e) {
          problem(at, "cannot call " + javaClass.getSimpleName() + " converter: " + e);
        }
      }
    }

    private void checkPrimitiveOrCollection(
        JsonNode property, Type javaType, Direction direction, String at) {
      String type = property.path("type").asText();
      switch (type) {
        case "string" -> expectClass(javaType, String.class, at);
        case "integer" -> expectClass(javaType, Integer.class, at);
        case "boolean" -> expectClass(javaType, Boolean.class, at);
        case "number" -> expectClass(javaType, Double.class, at);
        case "array" -> {
          if (isParameterized(javaType, List.class)) {
            checkType(property.get("items"), typeArgument(javaType), direction, at + "[]");
          } else {
            problem(at, "an array must be List<...>, is " + javaType.getTypeName());
          }
        }
        case "object" -> {
          if (isParameterized(javaType, Map.class)) {
            Type[] kv = ((ParameterizedType) javaType).getActualTypeArguments();
            expectClass(kv[0], String.class, at + " (key)");
            JsonNode values = property.get("additionalProperties");
            if (values == null) {
              expectClass(kv[1], Object.class, at + "{}");
            } else {
              checkType(values, kv[1], direction, at + "{}");
            }
          } else {
            problem(at, "an object must be Map<String, ...>, is " + javaType.getTypeName());
          }
        }
        default -> problem(at, "the checker does not support schema type '" + type + "'");
      }
    }

    private void expectClass(Type javaType, Class<?> expected, String at) {
      if (!javaType.equals(expected)) {
        problem(at, "type must be " + expected.getSimpleName() + ", is " + javaType.getTypeName());
      }
    }

    // ---------------------------------------------------------------- options

    /**
     * Calls the class's own makeResourceOptions, which every resource uses, to see what it really
     * sends: the plugin version and the outputs to keep secret.
     */
    private void checkOptions(JsonNode properties) {
      Method make;
      try {
        make =
            resourceClass.getDeclaredMethod(
                "makeResourceOptions", CustomResourceOptions.class, Output.class);
      } catch (NoSuchMethodException e) {
        problem(
            "makeResourceOptions",
            "no static makeResourceOptions(CustomResourceOptions, Output<String>)");
        return;
      }
      CustomResourceOptions options;
      try {
        make.setAccessible(true);
        options = (CustomResourceOptions) make.invoke(null, null, Codegen.empty());
      } catch (ReflectiveOperationException | RuntimeException e) {
        problem("makeResourceOptions", "failed: " + e);
        return;
      }
      String version = options.getVersion().orElse("");
      if (!version.equals(pluginVersion)) {
        problem(
            "makeResourceOptions", "version must be " + pluginVersion + ", is '" + version + "'");
      }
      Set<String> secrets = new TreeSet<>();
      for (Map.Entry<String, JsonNode> property : properties.properties()) {
        if (property.getValue().path("secret").asBoolean(false)) {
          secrets.add(property.getKey());
        }
      }
      List<String> declared = options.getAdditionalSecretOutputs();
      Set<String> missing = new TreeSet<>(secrets);
      declared.forEach(missing::remove);
      if (!missing.isEmpty()) {
        problem(
            "makeResourceOptions",
            "additionalSecretOutputs lacks the schema's secret outputs " + missing);
      }
      for (String name : declared) {
        if (!properties.has(name)) {
          problem(
              "makeResourceOptions",
              "additionalSecretOutputs names '" + name + "', which is no output");
        }
      }
    }

    // ---------------------------------------------------------------- reflection helpers

    private Optional<Type> outputArgument(Field field, String at) {
      Type type = field.getGenericType();
      if (!isParameterized(type, Output.class)) {
        problem(at, "field " + field.getName() + " must be Output<...>, is " + type.getTypeName());
        return Optional.empty();
      }
      return Optional.of(typeArgument(type));
    }

    private Optional<Type> plainValue(Field field, String at) {
      Type type = field.getGenericType();
      if (isParameterized(type, Output.class)) {
        problem(
            at,
            "field " + field.getName() + " must hold a plain value here, is " + type.getTypeName());
        return Optional.empty();
      }
      return Optional.of(type);
    }
  }

  // ------------------------------------------------------------------ static helpers

  private static Set<String> names(JsonNode array) {
    Set<String> names = new LinkedHashSet<>();
    array.forEach(n -> names.add(n.asText()));
    return names;
  }

  private static boolean isPlainString(JsonNode property) {
    return "string".equals(property.path("type").asText())
        && !property.has("$ref")
        && !property.has("oneOf");
  }

  private static String suggestion(String wire, JsonNode properties) {
    List<String> close = new ArrayList<>();
    for (Map.Entry<String, JsonNode> property : properties.properties()) {
      if (property.getKey().equalsIgnoreCase(wire)) {
        close.add(property.getKey());
      }
    }
    return close.isEmpty() ? "" : " (did you mean '" + close.get(0) + "'?)";
  }

  private static boolean isParameterized(Type type, Class<?> raw) {
    return type instanceof ParameterizedType p && p.getRawType() == raw;
  }

  private static Type typeArgument(Type parameterized) {
    return ((ParameterizedType) parameterized).getActualTypeArguments()[0];
  }

  private static Class<?> rawClass(Type type) {
    if (type instanceof Class<?> c) {
      return c;
    }
    if (type instanceof ParameterizedType p) {
      return (Class<?>) p.getRawType();
    }
    throw new IllegalArgumentException("unsupported type " + type.getTypeName());
  }

  private static Optional<Method> publicMethod(Class<?> owner, String name) {
    return Arrays.stream(owner.getMethods())
        .filter(m -> m.getName().equals(name) && m.getParameterCount() == 0)
        .findFirst();
  }

  private static boolean hasSetter(Class<?> builder, String name, Class<?> parameter) {
    return Arrays.stream(builder.getMethods())
        .anyMatch(
            m ->
                m.getName().equals(name)
                    && m.getParameterCount() == 1
                    && m.getParameterTypes()[0] == parameter);
  }

  /**
   * The {@code @Export} tree of a type: classes are numbered in the order first met, and every
   * generic type becomes an array of its raw class followed by its arguments. The outermost type is
   * always an array, so {@code String} is {@code [0]}.
   */
  static String shapeTree(Type type, List<Class<?>> refs, boolean outermost) {
    if (type instanceof Class<?> c) {
      String index = String.valueOf(indexOf(c, refs));
      return outermost ? "[" + index + "]" : index;
    }
    if (type instanceof ParameterizedType p) {
      List<String> parts = new ArrayList<>();
      parts.add(String.valueOf(indexOf((Class<?>) p.getRawType(), refs)));
      for (Type argument : p.getActualTypeArguments()) {
        parts.add(shapeTree(argument, refs, false));
      }
      return "[" + String.join(",", parts) + "]";
    }
    throw new IllegalArgumentException(
        "cannot describe " + type.getTypeName() + " with refs/tree; use concrete types");
  }

  private static int indexOf(Class<?> c, List<Class<?>> refs) {
    int index = refs.indexOf(c);
    if (index < 0) {
      refs.add(c);
      index = refs.size() - 1;
    }
    return index;
  }

  private static JsonNode parseTree(String tree) {
    try {
      return JSON.readTree(tree);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Renders problems one per line, for assertion messages. */
  public static String describe(List<String> problems) {
    return problems.stream().collect(Collectors.joining("\n  ", "\n  ", "\n"));
  }
}
