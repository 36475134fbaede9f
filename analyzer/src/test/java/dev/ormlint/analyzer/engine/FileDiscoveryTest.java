package dev.ormlint.analyzer.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ormlint.analyzer.Notice;
import dev.ormlint.analyzer.SourceFile;
import dev.ormlint.analyzer.testing.SourceTree;
import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileDiscoveryTest {

    @TempDir
    Path root;

    private SourceTree tree() {
        return SourceTree.at(root);
    }

    private List<String> discovered(List<String> excludes) throws IOException {
        return new FileDiscovery(root, excludes).discover(List.of(root)).files().stream()
                .map(SourceFile::relativePath).toList();
    }

    @Test
    void takesJavaSourcesAndPersistenceConfigurationFiles() throws IOException {
        SourceTree tree = tree();
        tree.write("src/main/java/com/acme/Order.java", "class Order {}");
        tree.write("src/main/resources/application.properties", "");
        tree.write("src/main/resources/application-prod.yml", "");
        tree.write("src/main/resources/application.yaml", "");
        tree.write("src/main/resources/bootstrap.yml", "");
        tree.write("src/main/resources/bootstrap-cloud.yml", "");
        tree.write("src/main/resources/hibernate.cfg.xml", "");
        tree.write("src/main/resources/hibernate.properties", "");
        tree.write("src/main/resources/META-INF/persistence.xml", "");

        assertThat(discovered(List.of())).containsExactly(
                "src/main/java/com/acme/Order.java",
                "src/main/resources/META-INF/persistence.xml",
                "src/main/resources/application-prod.yml",
                "src/main/resources/application.properties",
                "src/main/resources/application.yaml",
                "src/main/resources/bootstrap-cloud.yml",
                "src/main/resources/bootstrap.yml",
                "src/main/resources/hibernate.cfg.xml",
                "src/main/resources/hibernate.properties");
    }

    @Test
    void leavesOtherFilesAlone() throws IOException {
        SourceTree tree = tree();
        tree.write("README.md", "");
        tree.write("Order.class", "");
        tree.write("Order.java.orig", "");
        tree.write("application.json", "");
        tree.write("application.properties.bak", "");
        tree.write("myapplication.properties", "");
        tree.write("hibernate.cfg.xml.bak", "");
        tree.write("src/main/resources/persistence.xml", "");
        tree.write("src/main/resources/META-INF/orm.xml", "");

        assertThat(discovered(List.of())).isEmpty();
    }

    @Test
    void skipsBuildOutputVersionControlAndDependencyFolders() throws IOException {
        SourceTree tree = tree();
        tree.write("pom.xml", "");
        tree.write("src/main/java/Kept.java", "");
        tree.write("target/classes/application.properties", "");
        tree.write("target/Copied.java", "");
        tree.write("module/build/generated/Generated.java", "");
        tree.write(".git/hooks/Hook.java", "");
        tree.write("web/node_modules/lib/Lib.java", "");
        tree.write("module/src/main/generated-sources/annotations/Order_.java", "");
        tree.write(".gradle/Cache.java", "");

        assertThat(discovered(List.of())).containsExactly("src/main/java/Kept.java");
    }

    @Test
    void takesPythonSourcesButNotVirtualEnvironmentsCachesOrPackagingOutput() throws IOException {
        SourceTree tree = tree();
        tree.write("app/db.py", "");
        tree.write("app/__init__.py", "");
        tree.write("venv/lib/python3.12/site-packages/sqlalchemy/engine.py", "");
        tree.write(".venv/bin/activate_this.py", "");
        tree.write("vendor/site-packages/six.py", "");
        tree.write("app/__pycache__/db.cpython-312.py", "");
        tree.write(".tox/py312/lib/x.py", "");
        tree.write("build/lib/app/db.py", "");
        tree.write("dist/app/db.py", "");
        tree.write("app/db.pyc", "");

        assertThat(discovered(List.of())).containsExactly("app/__init__.py", "app/db.py");
        assertThat(new FileDiscovery(root, List.of()).discover(List.of(root)).files())
                .allSatisfy(f -> assertThat(f.kind()).isEqualTo(SourceFile.Kind.PYTHON));
    }

    @Test
    void scansPackagesNamedLikeBuildFolders() throws IOException {
        SourceTree tree = tree();
        tree.write("src/main/java/com/acme/build/BuildService.java", "");
        tree.write("src/main/java/com/acme/target/TargetGroup.java", "");
        tree.write("build/generated/Generated.java", "");

        assertThat(discovered(List.of())).containsExactly(
                "src/main/java/com/acme/build/BuildService.java",
                "src/main/java/com/acme/target/TargetGroup.java");
    }

    @Test
    void scansASkippedFolderWhenItIsWhatTheUserAskedFor() throws IOException {
        tree().write("target/generated-sources/Order_.java", "");
        tree().write("target/Copied.java", "");

        List<SourceFile> files = new FileDiscovery(root, List.of()).discover(List.of(root.resolve("target"))).files();

        assertThat(files).extracting(SourceFile::relativePath).containsExactly("target/Copied.java");
    }

    @Test
    void excludeGlobsMatchRootRelativePathsAsUsersExpect() throws IOException {
        SourceTree tree = tree();
        tree.write("legacy/RootLegacy.java", "");
        tree.write("src/main/java/com/acme/legacy/OldDao.java", "");
        tree.write("src/main/java/com/acme/legacyish/Kept.java", "");
        tree.write("src/main/java/com/acme/OrderDao.java", "");
        tree.write("src/main/java/com/acme/OrderDaoTest.java", "");
        tree.write("src/test/java/com/acme/DaoIT.java", "");
        tree.write("src/test/resources/application.yml", "");
        tree.write("OrderTest.java", "");

        assertThat(discovered(List.of("**/legacy/**"))).containsExactly(
                "OrderTest.java",
                "src/main/java/com/acme/OrderDao.java",
                "src/main/java/com/acme/OrderDaoTest.java",
                "src/main/java/com/acme/legacyish/Kept.java",
                "src/test/java/com/acme/DaoIT.java",
                "src/test/resources/application.yml");
        assertThat(discovered(List.of("src/test/**"))).containsExactly(
                "OrderTest.java",
                "legacy/RootLegacy.java",
                "src/main/java/com/acme/OrderDao.java",
                "src/main/java/com/acme/OrderDaoTest.java",
                "src/main/java/com/acme/legacy/OldDao.java",
                "src/main/java/com/acme/legacyish/Kept.java");
        assertThat(discovered(List.of("**/*Test.java", "*.yml"))).containsExactly(
                "legacy/RootLegacy.java",
                "src/main/java/com/acme/OrderDao.java",
                "src/main/java/com/acme/legacy/OldDao.java",
                "src/main/java/com/acme/legacyish/Kept.java",
                "src/test/java/com/acme/DaoIT.java");
        assertThat(discovered(List.of("src/main/java/com/acme/*.java"))).containsExactly(
                "OrderTest.java",
                "legacy/RootLegacy.java",
                "src/main/java/com/acme/legacy/OldDao.java",
                "src/main/java/com/acme/legacyish/Kept.java",
                "src/test/java/com/acme/DaoIT.java",
                "src/test/resources/application.yml");
    }

    @Test
    void anExcludedFolderIsNotWalkedAtAll() throws IOException {
        tree().write("src/Kept.java", "");
        tree().directory("generated/deep");
        tree().link("generated/deep/loop", "..");

        FileDiscovery.Result result = new FileDiscovery(root, List.of("generated/**")).discover(List.of(root));

        assertThat(result.files()).extracting(SourceFile::relativePath).containsExactly("src/Kept.java");
        assertThat(result.notices()).isEmpty();
    }

    @Test
    void malformedExcludeGlobIsAUsageError() {
        assertThatThrownBy(() -> new FileDiscovery(root, List.of("src/{main,test")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("src/{main,test");
    }

    @Test
    void pathsAreRelativeToTheRootEvenForASingleFile() throws IOException {
        Path file = tree().write("src/main/java/com/acme/Order.java", "");

        List<SourceFile> files = new FileDiscovery(root, List.of()).discover(List.of(file)).files();

        assertThat(files).singleElement().satisfies(f -> {
            assertThat(f.relativePath()).isEqualTo("src/main/java/com/acme/Order.java");
            assertThat(f.absolutePath()).isEqualTo(file.toAbsolutePath().normalize());
            assertThat(f.kind()).isEqualTo(SourceFile.Kind.JAVA);
        });
    }

    @Test
    void aFileGivenTwiceIsScannedOnce() throws IOException {
        Path file = tree().write("Order.java", "");

        List<SourceFile> files = new FileDiscovery(root, List.of()).discover(List.of(root, file)).files();

        assertThat(files).extracting(SourceFile::relativePath).containsExactly("Order.java");
    }

    @Test
    void aPathThatDoesNotExistIsAnIOExceptionNamingIt() {
        Path missing = root.resolve("no-such-dir");

        assertThatThrownBy(() -> new FileDiscovery(root, List.of()).discover(List.of(missing)))
                .isInstanceOf(NoSuchFileException.class)
                .hasMessage(missing + ": no such file or directory to scan");
    }

    @Test
    void brokenLinksAndLinkLoopsBecomeNotices() throws IOException {
        tree().write("src/Kept.java", "");
        tree().link("src/Dangling.java", "Missing.java");
        tree().link("src/loop", "..");

        FileDiscovery.Result result = new FileDiscovery(root, List.of()).discover(List.of(root));

        assertThat(result.files()).extracting(SourceFile::relativePath).containsExactly("src/Kept.java");
        assertThat(result.notices()).containsExactlyInAnyOrder(
                new Notice("src/Dangling.java", Notice.Kind.UNREADABLE, "broken symbolic link, skipped"),
                new Notice("src/loop", Notice.Kind.FILESYSTEM_LOOP, "symbolic link loop, not followed"));
    }

    @Test
    void aFolderNamedLikeAJavaFileIsWalkedNotRead() throws IOException {
        tree().write("src/Weird.java/Inside.java", "");

        FileDiscovery.Result result = new FileDiscovery(root, List.of()).discover(List.of(root));

        assertThat(result.files()).extracting(SourceFile::relativePath).containsExactly("src/Weird.java/Inside.java");
        assertThat(result.notices()).isEmpty();
    }

    @Test
    void kindOfClassifiesByName() {
        assertThat(FileDiscovery.kindOf(Path.of("a/B.java"))).contains(SourceFile.Kind.JAVA);
        assertThat(FileDiscovery.kindOf(Path.of("a/application-dev.properties"))).contains(SourceFile.Kind.CONFIG);
        assertThat(FileDiscovery.kindOf(Path.of("META-INF/persistence.xml"))).contains(SourceFile.Kind.CONFIG);
        assertThat(FileDiscovery.kindOf(Path.of("persistence.xml"))).isEmpty();
        assertThat(FileDiscovery.kindOf(Path.of("a/pom.xml"))).isEmpty();
        assertThat(FileDiscovery.kindOf(Path.of("src/main/resources/db/remote.properties")))
                .contains(SourceFile.Kind.PROPERTY_RESOURCE);
        assertThat(FileDiscovery.kindOf(Path.of("conf/remote.properties"))).isEmpty();
    }
}
