package dev.ormlint.rules.java;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.CallableDeclaration;
import com.github.javaparser.ast.body.Parameter;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.type.Type;
import dev.ormlint.analyzer.index.ProjectIndex;
import dev.ormlint.analyzer.index.TypeInfo;
import dev.ormlint.analyzer.index.TypeRef;
import dev.ormlint.analyzer.java.TypeFacts;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Whether code can reach the ORM: its method has a parameter or local, or its class (or a
 * superclass) a field, of a session, entity manager, their factories, a Spring Data repository,
 * or a project type (a DAO interface) whose implementation holds one. A transaction around code with no ORM in reach may be plain JDBC or JTA, where a
 * connection from the pool joins the transaction instead of opening a second one.
 */
final class OrmReach {

    private static final List<String> ORM_TYPES = List.of(
            "org.hibernate.SharedSessionContract", "org.hibernate.SessionFactory",
            "jakarta.persistence.EntityManager", "jakarta.persistence.EntityManagerFactory",
            "javax.persistence.EntityManager", "javax.persistence.EntityManagerFactory",
            "org.springframework.data.repository.Repository",
            "org.springframework.orm.hibernate5.HibernateTemplate");

    private final TypeFacts types;
    private final ProjectIndex index;

    OrmReach(TypeFacts types) {
        this.types = types;
        this.index = types.index();
    }

    boolean inReach(Node node) {
        Optional<CallableDeclaration<?>> callable = Enclosing.callable(node);
        Stream<Type> inMethod = callable.stream().flatMap(c -> Stream.concat(
                c.getParameters().stream().map(Parameter::getType),
                c.findAll(VariableDeclarator.class).stream().map(VariableDeclarator::getType)));
        if (inMethod.filter(t -> !t.isVarType()).map(types::resolve).anyMatch(this::isOrm)) {
            return true;
        }
        return Enclosing.type(node)
                .flatMap(TypeDeclaration::getFullyQualifiedName)
                .filter(this::hasOrmField)
                .isPresent();
    }

    private boolean hasOrmField(String typeName) {
        Optional<TypeInfo> info = index.type(typeName);
        if (info.isEmpty()) {
            return false;
        }
        TypeRef owner = TypeRef.of(typeName);
        return info.get().fields().keySet().stream()
                        .map(field -> index.fieldType(owner, field))
                        .flatMap(Optional::stream)
                        .anyMatch(this::isOrm)
                || index.supertypes(typeName).stream()
                        .filter(TypeRef::resolved)
                        .anyMatch(s -> index.isDeclaredInSources(s.name()) && hasOrmField(s.name()));
    }

    private boolean isOrm(TypeRef type) {
        return isOrmType(type) || isProjectDao(type);
    }

    private boolean isOrmType(TypeRef type) {
        return ORM_TYPES.stream().anyMatch(orm -> index.isSubtype(type, orm));
    }

    /**
     * A type of the project (a DAO interface such as {@code UserDAO}) with an implementation in the
     * sources that holds a session, entity manager or repository: the ORM is reached through it.
     */
    private boolean isProjectDao(TypeRef type) {
        return type.resolved() && index.isDeclaredInSources(type.name())
                && index.declaredSubtypes(type.name()).stream().anyMatch(this::holdsOrmField);
    }

    private boolean holdsOrmField(String typeName) {
        TypeRef owner = TypeRef.of(typeName);
        return index.type(typeName).stream().flatMap(t -> t.fields().keySet().stream())
                .map(field -> index.fieldType(owner, field))
                .flatMap(Optional::stream)
                .anyMatch(this::isOrmType);
    }
}
