package dev.ormlint.analyzer.java;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.expr.AnnotationExpr;
import dev.ormlint.analyzer.index.IndexBuilder;
import dev.ormlint.analyzer.index.ProjectIndex;
import java.util.Set;
import org.junit.jupiter.api.Test;

class AnnotationsTest {

    private static final Set<String> SPRING_TRANSACTIONAL = Set.of("org.springframework.transaction.annotation.Transactional");

    private final CompilationUnit unit = JavaParsing.parse("""
            package com.acme;

            import static org.springframework.transaction.annotation.Propagation.REQUIRES_NEW;

            import org.springframework.data.jpa.repository.Query;
            import org.springframework.transaction.annotation.Propagation;
            import org.springframework.transaction.annotation.Transactional;

            interface Service {
                @Transactional(propagation = Propagation.MANDATORY, readOnly = true)
                void qualified();

                @Transactional(propagation = REQUIRES_NEW)
                void staticallyImported();

                @Transactional("ordersTransactionManager")
                void singleMember();

                @com.acme.Transactional
                void ownAnnotation();

                @Query(value = "select 1", nativeQuery = true)
                void nativeQuery();
            }
            """).unit();
    private final TypeFacts types = new TypeFacts(unit, ProjectIndex.of(IndexBuilder.typesOf(unit, "com/acme/Service.java")));

    @Test
    void findsAnnotationsByResolvedName() {
        assertThat(Annotations.find(method("qualified"), SPRING_TRANSACTIONAL, types)).isPresent();
        assertThat(Annotations.find(method("ownAnnotation"), SPRING_TRANSACTIONAL, types)).isEmpty();
    }

    @Test
    void readsEnumConstantsHoweverTheyAreWritten() {
        assertThat(Annotations.enumConstant(annotation("qualified"), "propagation")).contains("MANDATORY");
        assertThat(Annotations.enumConstant(annotation("staticallyImported"), "propagation")).contains("REQUIRES_NEW");
        assertThat(Annotations.enumConstant(annotation("singleMember"), "propagation")).isEmpty();
    }

    @Test
    void readsSingleMemberValuesAndBooleanAttributes() {
        assertThat(Annotations.attribute(annotation("singleMember"), "value").map(Object::toString))
                .contains("\"ordersTransactionManager\"");
        assertThat(Annotations.isTrue(annotation("qualified"), "readOnly")).isTrue();
        assertThat(Annotations.isTrue(annotation("nativeQuery"), "nativeQuery")).isTrue();
        assertThat(Annotations.isTrue(annotation("staticallyImported"), "readOnly")).isFalse();
    }

    private MethodDeclaration method(String name) {
        return unit.findFirst(MethodDeclaration.class, m -> m.getNameAsString().equals(name)).orElseThrow();
    }

    private AnnotationExpr annotation(String methodName) {
        return method(methodName).getAnnotation(0);
    }
}
