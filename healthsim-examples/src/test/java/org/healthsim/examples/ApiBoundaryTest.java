package org.healthsim.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.Executable;
import java.lang.reflect.Field;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.Member;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.lang.reflect.WildcardType;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.healthsim.core.reader.SpecReader;
import org.healthsim.generation.HealthSim;
import org.healthsim.junit5.Fixture;
import org.healthsim.reference.ReferenceDatabase;
import org.junit.jupiter.api.Test;

/**
 * The line between the public API and the internals (docs/use-from-your-project.md, "What is API"):
 * every public type of the library modules is in an API package or under an {@code internal}
 * package, no API signature mentions an internal type, and the examples people copy import API
 * packages only.
 */
class ApiBoundaryTest {

  /** The packages a user may import; everything else public lives under an internal package. */
  static final Set<String> API_PACKAGES =
      Set.of(
          "org.healthsim.core.distribution",
          "org.healthsim.core.expression",
          "org.healthsim.core.random",
          "org.healthsim.core.reader",
          "org.healthsim.core.sampling",
          "org.healthsim.core.seed",
          "org.healthsim.core.spec",
          "org.healthsim.core.validation",
          "org.healthsim.generation",
          "org.healthsim.generation.calibration",
          "org.healthsim.generation.cohort",
          "org.healthsim.generation.journey",
          "org.healthsim.generation.json",
          "org.healthsim.generation.output",
          "org.healthsim.generation.person",
          "org.healthsim.generation.profile",
          "org.healthsim.generation.records",
          "org.healthsim.generation.template",
          "org.healthsim.generation.trigger",
          "org.healthsim.reference",
          "org.healthsim.reference.profile",
          "org.healthsim.reference.resolve",
          "org.healthsim.junit5");

  /** One class of each library module, to find the module's classes from. */
  private static final List<Class<?>> MODULES =
      List.of(SpecReader.class, HealthSim.class, ReferenceDatabase.class, Fixture.class);

  private static final List<Class<?>> LIBRARY = libraryClasses();

  @Test
  void everyPublicTypeIsInAnApiPackageOrAnInternalOne() {
    List<String> stray = new ArrayList<>();
    for (Class<?> c : LIBRARY) {
      String pkg = c.getPackageName();
      if (isPublic(c) && !API_PACKAGES.contains(pkg) && !isInternal(pkg)) {
        stray.add(c.getName());
      }
    }
    assertThat(LIBRARY).hasSizeGreaterThan(200);
    assertThat(stray)
        .as("public types neither in an API package nor under an internal package")
        .isEmpty();
  }

  @Test
  void noApiSignatureMentionsAnInternalType() {
    List<String> leaks = new ArrayList<>();
    for (Class<?> c : LIBRARY) {
      if (isPublic(c) && API_PACKAGES.contains(c.getPackageName())) {
        leaks.addAll(leaksOf(c));
      }
    }
    assertThat(leaks).as("internal types in the API").isEmpty();
  }

  @Test
  void theCheckFindsALeakWhereThereIsOne() {
    assertThat(leaksOf(LeakingForTheTest.class))
        .singleElement()
        .asString()
        .contains("LeakingForTheTest.bill")
        .contains("org.healthsim.generation.internal.adjudication.MedicalBill");
  }

  /** Shaped like an API type that returns an internal one, to show the check sees it. */
  public static final class LeakingForTheTest {
    public org.healthsim.generation.internal.adjudication.MedicalBill bill() {
      return null;
    }
  }

  /**
   * The guide's four examples, the README's tour, the library quick start and every Java block in
   * docs/ import API packages alone (the examples compile with the build; the blocks are shown as
   * written).
   */
  @Test
  void theExamplesPeopleCopyImportApiPackagesOnly() throws IOException {
    List<Path> sources = new ArrayList<>();
    Path examples = Path.of("src", "main", "java", "org", "healthsim", "examples");
    for (String name :
        List.of(
            "Example1SimpleProfile",
            "Example2JourneyTimeline",
            "Example3ReferenceProfile",
            "Example4CrossProduct",
            "LibraryQuickStart",
            "ClaimsDataSet",
            "HarrisCountyHybrid")) {
      sources.add(examples.resolve(name + ".java"));
    }
    sources.add(Path.of("..", "README.md"));
    try (Stream<Path> docs = Files.list(Path.of("..", "docs"))) {
      docs.filter(p -> p.toString().endsWith(".md")).sorted().forEach(sources::add);
    }
    Pattern imported =
        Pattern.compile(
            "^import (?:static )?(org\\.healthsim\\.[\\w.]+)\\.[A-Z]\\w*", Pattern.MULTILINE);
    Set<String> seen = new TreeSet<>();
    List<String> internal = new ArrayList<>();
    for (Path source : sources) {
      Matcher m = imported.matcher(Files.readString(source));
      while (m.find()) {
        seen.add(m.group(1));
        if (!API_PACKAGES.contains(m.group(1))) {
          internal.add(source.getFileName() + ": " + m.group());
        }
      }
    }
    assertThat(seen).contains("org.healthsim.generation", "org.healthsim.core.spec");
    assertThat(internal).isEmpty();
  }

  private static boolean isPublic(Class<?> c) {
    return Modifier.isPublic(c.getModifiers());
  }

  private static boolean isInternal(String pkg) {
    return pkg.contains(".internal.") || pkg.endsWith(".internal");
  }

  /** Each public or protected member of {@code c} (and its supertypes) naming an internal type. */
  private static List<String> leaksOf(Class<?> c) {
    List<String> leaks = new ArrayList<>();
    check(c.getName() + " extends", c.getGenericSuperclass(), leaks);
    for (Type t : c.getGenericInterfaces()) {
      check(c.getName() + " implements", t, leaks);
    }
    for (Field f : c.getDeclaredFields()) {
      if (visible(f)) {
        check(name(c, f), f.getGenericType(), leaks);
      }
    }
    for (Method m : c.getDeclaredMethods()) {
      if (visible(m) && !m.isSynthetic() && !m.isBridge()) {
        check(name(c, m), m.getGenericReturnType(), leaks);
        checkParameters(c, m, leaks);
      }
    }
    for (Constructor<?> k : c.getDeclaredConstructors()) {
      if (visible(k) && !k.isSynthetic()) {
        checkParameters(c, k, leaks);
      }
    }
    for (Class<?> nested : c.getDeclaredClasses()) {
      if (Modifier.isPublic(nested.getModifiers()) || Modifier.isProtected(nested.getModifiers())) {
        leaks.addAll(leaksOf(nested));
      }
    }
    return leaks;
  }

  private static void checkParameters(Class<?> c, Executable e, List<String> leaks) {
    for (Type p : e.getGenericParameterTypes()) {
      check(name(c, e), p, leaks);
    }
    for (Type x : e.getGenericExceptionTypes()) {
      check(name(c, e), x, leaks);
    }
  }

  private static boolean visible(Member m) {
    return Modifier.isPublic(m.getModifiers()) || Modifier.isProtected(m.getModifiers());
  }

  private static String name(Class<?> c, Member m) {
    return c.getSimpleName() + "." + m.getName();
  }

  private static void check(String where, Type type, List<String> leaks) {
    for (Class<?> used : classesIn(type, new ArrayList<>())) {
      if (isInternal(used.getPackageName())) {
        leaks.add(where + ": " + used.getName());
      }
    }
  }

  /** The classes {@code type} is made of: itself, its type arguments, bounds, array elements. */
  private static List<Class<?>> classesIn(Type type, List<Type> visiting) {
    if (type == null || visiting.contains(type)) {
      return List.of();
    }
    visiting.add(type);
    List<Class<?>> out = new ArrayList<>();
    if (type instanceof Class<?>) {
      Class<?> c = (Class<?>) type;
      out.add(c.isArray() ? c.getComponentType() : c);
    } else if (type instanceof ParameterizedType) {
      ParameterizedType p = (ParameterizedType) type;
      out.addAll(classesIn(p.getRawType(), visiting));
      for (Type a : p.getActualTypeArguments()) {
        out.addAll(classesIn(a, visiting));
      }
    } else if (type instanceof WildcardType) {
      WildcardType w = (WildcardType) type;
      for (Type b : w.getUpperBounds()) {
        out.addAll(classesIn(b, visiting));
      }
      for (Type b : w.getLowerBounds()) {
        out.addAll(classesIn(b, visiting));
      }
    } else if (type instanceof GenericArrayType) {
      out.addAll(classesIn(((GenericArrayType) type).getGenericComponentType(), visiting));
    } else if (type instanceof TypeVariable<?>) {
      for (Type b : ((TypeVariable<?>) type).getBounds()) {
        out.addAll(classesIn(b, visiting));
      }
    }
    return out;
  }

  /** Every top-level class of the library modules, from their class directories or jars. */
  private static List<Class<?>> libraryClasses() {
    List<Class<?>> classes = new ArrayList<>();
    for (Class<?> module : MODULES) {
      for (String name : classNames(module)) {
        try {
          classes.add(Class.forName(name, false, ApiBoundaryTest.class.getClassLoader()));
        } catch (ClassNotFoundException e) {
          throw new IllegalStateException(name, e);
        }
      }
    }
    return Collections.unmodifiableList(classes);
  }

  private static List<String> classNames(Class<?> module) {
    try {
      Path location = Path.of(module.getProtectionDomain().getCodeSource().getLocation().toURI());
      List<String> names = new ArrayList<>();
      if (Files.isDirectory(location)) {
        try (Stream<Path> files = Files.walk(location)) {
          files.map(p -> location.relativize(p).toString().replace('\\', '/')).forEach(names::add);
        }
      } else {
        try (java.util.zip.ZipFile jar = new java.util.zip.ZipFile(location.toFile())) {
          jar.stream().map(java.util.zip.ZipEntry::getName).forEach(names::add);
        }
      }
      List<String> classes = new ArrayList<>();
      for (String n : names) {
        if (n.endsWith(".class")
            && !n.contains("$")
            && !n.endsWith("package-info.class")
            && !n.endsWith("module-info.class")) {
          classes.add(n.substring(0, n.length() - ".class".length()).replace('/', '.'));
        }
      }
      return classes;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }
}
