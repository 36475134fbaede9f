package dev.ormlint.analyzer.index;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ormlint.analyzer.testing.ParsedProject;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ProjectIndexTest {

    private final ParsedProject project = new ParsedProject()
            .add("com/acme/domain/Order.java", """
                    package com.acme.domain;

                    import jakarta.persistence.Entity;

                    @Entity
                    public class Order {
                    }
                    """)
            .add("com/acme/domain/Customer.java", """
                    package com.acme.domain;

                    import java.util.*;
                    import javax.persistence.*;

                    @Entity
                    @Table(name = "customers")
                    public class Customer {
                    }
                    """)
            .add("com/acme/domain/Invoice.java", """
                    package com.acme.domain;

                    @javax.persistence.Entity
                    public class Invoice {
                    }
                    """)
            .add("com/acme/draft/Entity.java", """
                    package com.acme.draft;

                    public @interface Entity {
                    }
                    """)
            .add("com/acme/draft/Draft.java", """
                    package com.acme.draft;

                    import javax.persistence.*;

                    @Entity
                    public class Draft {
                    }
                    """)
            .add("com/acme/repo/OrderRepository.java", """
                    package com.acme.repo;

                    import com.acme.domain.Order;
                    import org.springframework.data.jpa.repository.JpaRepository;

                    public interface OrderRepository extends JpaRepository<Order, Long> {
                        Order find(String number);
                        Order find(String number, boolean lock);
                        Order findAll(String... numbers);
                    }
                    """);

    private ProjectIndex index() {
        return project.index();
    }

    @Test
    void asSuperCarriesTypeArgumentsThroughProjectAndLibraryTypes() {
        TypeRef repository = TypeRef.of("com.acme.repo.OrderRepository");

        assertThat(index().asSuper(repository, "org.springframework.data.repository.CrudRepository"))
                .map(ParsedProject::describe)
                .contains("org.springframework.data.repository.CrudRepository<com.acme.domain.Order, java.lang.Long>");
        assertThat(index().asSuper(TypeRef.of("java.util.ArrayList", TypeRef.of("java.lang.String")), "java.lang.Iterable"))
                .map(ParsedProject::describe)
                .contains("java.lang.Iterable<java.lang.String>");
        assertThat(index().asSuper(repository, "java.util.List")).isEmpty();
        assertThat(index().isSubtype("com.acme.repo.OrderRepository", "org.springframework.data.repository.Repository"))
                .isTrue();
        assertThat(index().isSubtype("com.acme.domain.Order", "org.springframework.data.repository.Repository"))
                .isFalse();
    }

    @Test
    void hasAnnotationResolvesTheAnnotationLikeTheCompilerWould() {
        String jakarta = "jakarta.persistence.Entity";
        String javax = "javax.persistence.Entity";

        assertThat(index().hasAnnotation("com.acme.domain.Order", jakarta)).isTrue();
        assertThat(index().hasAnnotation("com.acme.domain.Order", javax)).isFalse();
        assertThat(index().hasAnnotation("com.acme.domain.Customer", javax)).as("javax.persistence.* beside java.util.*")
                .isTrue();
        assertThat(index().hasAnnotation("com.acme.domain.Customer", "javax.persistence.Table")).isTrue();
        assertThat(index().hasAnnotation("com.acme.domain.Invoice", javax)).as("qualified annotation name").isTrue();
        assertThat(index().hasAnnotation("com.acme.draft.Draft", javax))
                .as("a same-package @Entity shadows the on-demand import").isFalse();
        assertThat(index().hasAnnotation("com.acme.draft.Draft", "com.acme.draft.Entity")).isTrue();
        assertThat(index().hasAnnotation("com.acme.domain.Unknown", javax)).isFalse();
    }

    @Test
    void resolveNamePrefersMemberTypesThenImportsThenThePackageThenOnDemandImportsThenJavaLang() {
        project.add("com/acme/app/Order.java", """
                package com.acme.app;

                class Order {
                }
                """);
        project.add("com/acme/app/String.java", """
                package com.acme.app;

                class String {
                }
                """);
        project.add("com/acme/app/Service.java", """
                package com.acme.app;

                import com.acme.domain.Customer;
                import com.acme.domain.*;

                class Service {
                    static class Customer {
                    }
                }
                """);
        ImportScope scope = new ImportScope("com.acme.app", Map.of("Customer", "com.acme.domain.Customer"),
                List.of("com.acme.domain"), Map.of(), List.of());

        assertThat(index().resolveName("Customer", scope, "com.acme.app.Service")).contains("com.acme.app.Service.Customer");
        assertThat(index().resolveName("Customer", scope, null)).contains("com.acme.domain.Customer");
        assertThat(index().resolveName("Order", scope, null)).as("same package beats on-demand import")
                .contains("com.acme.app.Order");
        assertThat(index().resolveName("Invoice", scope, null)).contains("com.acme.domain.Invoice");
        assertThat(index().resolveName("String", scope, null)).as("same package beats java.lang")
                .contains("com.acme.app.String");
        assertThat(index().resolveName("Integer", scope, null)).contains("java.lang.Integer");
        assertThat(index().resolveName("java.util.Map.Entry", scope, null)).contains("java.util.Map.Entry");
    }

    @Test
    void fieldTypesOfGenericSupertypesAreSubstituted() {
        project.add("com/acme/Holder.java", """
                package com.acme;

                class Holder<T> {
                    T value;
                    java.util.List<T> values;
                }
                """);
        project.add("com/acme/OrderHolder.java", """
                package com.acme;

                import com.acme.domain.Order;

                class OrderHolder extends Holder<Order> {
                }
                """);

        assertThat(index().fieldType(TypeRef.of("com.acme.OrderHolder"), "value")).map(ParsedProject::describe)
                .contains("com.acme.domain.Order");
        assertThat(index().fieldType(TypeRef.of("com.acme.OrderHolder"), "values")).map(ParsedProject::describe)
                .contains("java.util.List<com.acme.domain.Order>");
        assertThat(index().fieldType(TypeRef.of("com.acme.OrderHolder"), "missing")).isEmpty();
    }

    @Test
    void findMethodPicksTheOverloadByArgumentCountAndVarArgs() {
        TypeRef repository = TypeRef.of("com.acme.repo.OrderRepository");

        assertThat(index().findMethod(repository, "find", 1)).map(m -> m.method().parameterTypes().size()).contains(1);
        assertThat(index().findMethod(repository, "find", 2)).map(m -> m.method().parameterTypes().size()).contains(2);
        assertThat(index().findMethod(repository, "find", 3)).isEmpty();
        assertThat(index().findMethod(repository, "findAll", 0)).map(m -> ParsedProject.describe(m.returnType()))
                .as("no-argument findAll is JpaRepository's, not the project's varargs overload")
                .contains("java.util.List<com.acme.domain.Order>");
        assertThat(index().findMethod(repository, "findAll", 3)).map(m -> m.owner().qualifiedName())
                .contains("com.acme.repo.OrderRepository");
    }

    @Test
    void cyclicHierarchiesEndInsteadOfLoopingForever() {
        project.add("com/acme/A.java", "package com.acme; class A extends B { }");
        project.add("com/acme/B.java", "package com.acme; class B extends A { }");

        assertThat(index().isSubtype("com.acme.A", "java.lang.Runnable")).isFalse();
        assertThat(index().isSubtype("com.acme.A", "com.acme.B")).isTrue();
        assertThat(index().fieldType(TypeRef.of("com.acme.A"), "none")).isEmpty();
    }

    @Test
    void theFirstDeclarationOfATypeNameWins() {
        project.add("other/com/acme/domain/Order.java", """
                package com.acme.domain;

                class Order {
                    String duplicate;
                }
                """);

        assertThat(index().type("com.acme.domain.Order")).map(TypeInfo::path).contains("com/acme/domain/Order.java");
    }

    @Test
    void aRecordingViewRecordsEveryDeclaredTypeItsAnswersRestOn() {
        IndexReads reads = new IndexReads();
        ProjectIndex recording = index().recordingInto(reads);

        boolean repository = recording.isSubtype("com.acme.repo.OrderRepository",
                "org.springframework.data.repository.CrudRepository");

        assertThat(repository).isTrue();
        // The supertype's written name was resolved against the repository's package: a type added
        // there would change the answer, so its absence is a fact too.
        assertThat(reads.declarations()).contains("com.acme.repo.OrderRepository",
                "org.springframework.data.jpa.repository.JpaRepository");
        assertThat(reads.existence()).contains("com.acme.repo.OrderRepository.JpaRepository");
        assertThat(reads.readsEveryType()).isFalse();
        assertThat(index().isSubtype("com.acme.repo.OrderRepository", "org.springframework.data.repository.CrudRepository"))
                .as("the shared index records nothing and answers alike").isTrue();

        recording.declaredTypes();
        assertThat(reads.readsEveryType()).isTrue();
    }

    @Test
    void aRecordingViewAnswersFromItsOwnLookupsEvenWhenTheSharedIndexCachedTheAnswer() {
        index().supertypes("com.acme.repo.OrderRepository");
        IndexReads reads = new IndexReads();

        index().recordingInto(reads).supertypes("com.acme.repo.OrderRepository");

        assertThat(reads.declarations()).contains("com.acme.repo.OrderRepository");
    }
}
