package dev.ormlint.analyzer.java;

import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.NodeList;
import com.github.javaparser.ast.body.CallableDeclaration;
import com.github.javaparser.ast.body.ClassOrInterfaceDeclaration;
import com.github.javaparser.ast.body.EnumDeclaration;
import com.github.javaparser.ast.body.FieldDeclaration;
import com.github.javaparser.ast.body.Parameter;
import com.github.javaparser.ast.body.RecordDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.CastExpr;
import com.github.javaparser.ast.expr.ClassExpr;
import com.github.javaparser.ast.expr.ConditionalExpr;
import com.github.javaparser.ast.expr.EnclosedExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.LambdaExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.MethodReferenceExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.ast.expr.SuperExpr;
import com.github.javaparser.ast.expr.ThisExpr;
import com.github.javaparser.ast.expr.TypeExpr;
import com.github.javaparser.ast.expr.TypePatternExpr;
import com.github.javaparser.ast.expr.VariableDeclarationExpr;
import com.github.javaparser.ast.stmt.BlockStmt;
import com.github.javaparser.ast.stmt.CatchClause;
import com.github.javaparser.ast.stmt.ExpressionStmt;
import com.github.javaparser.ast.stmt.ForEachStmt;
import com.github.javaparser.ast.stmt.ForStmt;
import com.github.javaparser.ast.stmt.Statement;
import com.github.javaparser.ast.stmt.SwitchEntry;
import com.github.javaparser.ast.stmt.TryStmt;
import com.github.javaparser.ast.nodeTypes.NodeWithTypeParameters;
import com.github.javaparser.ast.type.Type;
import com.github.javaparser.ast.type.TypeParameter;
import dev.ormlint.analyzer.index.ImportScope;
import dev.ormlint.analyzer.index.IndexBuilder;
import dev.ormlint.analyzer.index.ProjectIndex;
import dev.ormlint.analyzer.index.ResolvedMethod;
import dev.ormlint.analyzer.index.TypeRef;
import dev.ormlint.analyzer.index.WrittenTypes;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Type facts for one compilation unit, cheap enough for the hot path: declared types of locals,
 * parameters, fields and {@code this.field} (qualified through imports, the same package, on-demand
 * imports and nested types), and return types of calls to methods known to the {@link ProjectIndex}.
 * No symbol solver: when a fact cannot be established, the answer is empty and rules stay silent.
 */
public final class TypeFacts {

    private final CompilationUnit unit;
    private final ImportScope scope;
    private final ProjectIndex index;

    public TypeFacts(CompilationUnit unit, ProjectIndex index) {
        this.unit = unit;
        this.scope = IndexBuilder.scopeOf(unit);
        this.index = index;
    }

    public ProjectIndex index() {
        return index;
    }

    public ImportScope scope() {
        return scope;
    }

    /** The qualified name of the innermost named type around {@code node}, if any. */
    public Optional<String> enclosingTypeName(Node node) {
        for (Node n = node; n != null; n = n.getParentNode().orElse(null)) {
            if (n instanceof TypeDeclaration<?> type) {
                Optional<String> name = type.getFullyQualifiedName();
                if (name.isPresent()) {
                    return name;
                }
            }
        }
        return Optional.empty();
    }

    /** Resolves a type name as written at {@code context}. */
    public Optional<String> resolveName(String written, Node context) {
        return index.resolveName(written, scope, enclosingTypeName(context).orElse(null));
    }

    /** Whether the type name {@code written} at {@code context} names {@code qualifiedName}; see {@link ProjectIndex#refersTo}. */
    public boolean refersTo(String written, Node context, String qualifiedName) {
        return index.refersTo(written, scope, enclosingTypeName(context).orElse(null), qualifiedName);
    }

    /** Resolves an AST type at its own position. */
    public TypeRef resolve(Type type) {
        return resolve(WrittenTypes.of(type), type);
    }

    private TypeRef resolve(TypeRef written, Node context) {
        return index.resolve(written, scope, enclosingTypeName(context).orElse(null), typeVariablesAt(context));
    }

    /** Whether {@code type} is, or inherits from, the type named {@code superName}. */
    public boolean isSubtype(Optional<TypeRef> type, String superName) {
        return type.isPresent() && index.isSubtype(type.get(), superName);
    }

    /** Whether {@code expression}'s static type is, or inherits from, {@code superName}. */
    public boolean isOfType(Expression expression, String superName) {
        return isSubtype(typeOf(expression), superName);
    }

    /** The static type of an expression, where the scan can establish it. */
    public Optional<TypeRef> typeOf(Expression expression) {
        if (expression instanceof EnclosedExpr enclosed) {
            return typeOf(enclosed.getInner());
        }
        if (expression instanceof CastExpr cast) {
            return Optional.of(resolve(cast.getType()));
        }
        if (expression instanceof ObjectCreationExpr creation) {
            return Optional.of(resolve(creation.getType()));
        }
        if (expression instanceof NameExpr name) {
            return declaredType(name.getNameAsString(), name);
        }
        if (expression instanceof ThisExpr) {
            return enclosingTypeName(expression).map(TypeRef::of);
        }
        if (expression instanceof SuperExpr) {
            return superclassOf(expression);
        }
        if (expression instanceof FieldAccessExpr access) {
            return fieldAccessType(access);
        }
        if (expression instanceof MethodCallExpr call) {
            return returnType(call).map(ResolvedMethod::returnType);
        }
        if (expression instanceof ConditionalExpr conditional) {
            return typeOf(conditional.getThenExpr()).or(() -> typeOf(conditional.getElseExpr()));
        }
        if (expression.isStringLiteralExpr() || expression.isTextBlockLiteralExpr()) {
            return Optional.of(TypeRef.of("java.lang.String"));
        }
        return Optional.empty();
    }

    /**
     * The class a {@code super} inside {@code node} refers to: what the enclosing class extends, as
     * written there. Unknown inside anonymous classes, enums, records and interfaces.
     */
    private Optional<TypeRef> superclassOf(Node node) {
        for (Node n = node; n != null; n = n.getParentNode().orElse(null)) {
            if (n instanceof ObjectCreationExpr creation && creation.getAnonymousClassBody().isPresent()) {
                return Optional.empty();
            }
            if (n instanceof ClassOrInterfaceDeclaration declaration) {
                return declaration.isInterface() ? Optional.empty()
                        : declaration.getExtendedTypes().getFirst().map(this::resolve);
            }
            if (n instanceof TypeDeclaration<?>) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    /**
     * The method a call invokes, when it is declared in the scanned sources or the library facts.
     * An unqualified call is looked up in the enclosing types from the innermost outwards, as Java does.
     */
    public Optional<ResolvedMethod> returnType(MethodCallExpr call) {
        return declaredMethod(call).map(method -> boundByClassLiteral(method, call));
    }

    /**
     * A method returning its own type variable {@code T} with a {@code Class<T>} parameter, such as
     * {@code <T> T unwrap(Class<T>)}, returns the class a class literal argument names.
     */
    private ResolvedMethod boundByClassLiteral(ResolvedMethod method, MethodCallExpr call) {
        TypeRef returned = method.returnType();
        if (returned.resolved() || returned.isArray() || !returned.typeArguments().isEmpty()) {
            return method;
        }
        List<TypeRef> parameters = method.method().parameterTypes();
        for (int i = 0; i < parameters.size() && i < call.getArguments().size(); i++) {
            TypeRef parameter = index.resolve(parameters.get(i), method.owner().scope(),
                    method.owner().qualifiedName(), method.owner().typeParameters());
            if (parameter.is("java.lang.Class") && parameter.typeArguments().size() == 1
                    && parameter.typeArguments().get(0).name().equals(returned.name())
                    && call.getArgument(i) instanceof ClassExpr literal) {
                return new ResolvedMethod(method.owner(), method.method(), resolve(literal.getType()));
            }
        }
        return method;
    }

    private Optional<ResolvedMethod> declaredMethod(MethodCallExpr call) {
        if (call.getScope().isPresent()) {
            Expression scope = call.getScope().get();
            return typeOf(scope).or(() -> typeNamed(scope, call)).flatMap(receiver -> findMethod(receiver, call));
        }
        for (Node n = call; n != null; n = n.getParentNode().orElse(null)) {
            if (n instanceof TypeDeclaration<?> type && type.getFullyQualifiedName().isPresent()) {
                Optional<ResolvedMethod> found = findMethod(TypeRef.of(type.getFullyQualifiedName().get()), call);
                if (found.isPresent()) {
                    return found;
                }
            }
        }
        return Optional.empty();
    }

    /**
     * The type a call's scope names when it is no variable: {@code NodeBaseDAO} in
     * {@code NodeBaseDAO.getInstance()}, a static call.
     */
    private Optional<TypeRef> typeNamed(Expression scope, MethodCallExpr call) {
        if (!(scope instanceof NameExpr name) || !Character.isUpperCase(name.getNameAsString().charAt(0))) {
            return Optional.empty();
        }
        return resolveName(name.getNameAsString(), call).filter(t -> index.type(t).isPresent()).map(TypeRef::of);
    }

    private Optional<ResolvedMethod> findMethod(TypeRef receiver, MethodCallExpr call) {
        return index.findMethod(receiver, call.getNameAsString(), call.getArguments().size(),
                i -> typeOf(call.getArgument(i)));
    }

    /**
     * The type of the receiver of a method reference such as {@code items::save}. JavaParser parses a
     * simple name there as a type; when a variable of that name is in scope, it is that variable.
     */
    public Optional<TypeRef> receiverType(MethodReferenceExpr reference) {
        Expression scope = reference.getScope();
        if (scope instanceof TypeExpr typeExpr) {
            Type written = typeExpr.getType();
            return written.isClassOrInterfaceType() && written.asClassOrInterfaceType().getScope().isEmpty()
                    ? declaredType(written.asClassOrInterfaceType().getNameAsString(), reference)
                    : Optional.empty();
        }
        return typeOf(scope);
    }

    private Optional<TypeRef> fieldAccessType(FieldAccessExpr access) {
        Expression scopeExpr = access.getScope();
        if (scopeExpr instanceof ThisExpr) {
            return fieldOfEnclosingTypes(access.getNameAsString(), access);
        }
        Optional<TypeRef> owner = typeOf(scopeExpr);
        if (owner.isPresent()) {
            return index.fieldType(owner.get(), access.getNameAsString());
        }
        // A qualified type name such as com.acme.Status.ACTIVE: its static field's owner.
        return resolveName(scopeExpr.toString(), access)
                .flatMap(typeName -> index.fieldType(TypeRef.of(typeName), access.getNameAsString()));
    }

    /**
     * The declared type of the variable {@code name} visible at {@code usage}: a local, a loop or
     * lambda or catch variable, a parameter, a field of an enclosing type (or inherited).
     */
    public Optional<TypeRef> declaredType(String name, Node usage) {
        Node child = usage;
        for (Node parent = usage.getParentNode().orElse(null); parent != null;
             child = parent, parent = parent.getParentNode().orElse(null)) {
            Optional<TypeRef> found = declaredIn(parent, child, name);
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.empty();
    }

    private Optional<TypeRef> declaredIn(Node parent, Node child, String name) {
        if (parent instanceof BlockStmt block) {
            return localBefore(block.getStatements(), child, name);
        }
        if (parent instanceof SwitchEntry entry) {
            return localBefore(entry.getStatements(), child, name);
        }
        if (parent instanceof ForStmt loop) {
            return declaredAmong(loop.getInitialization(), name);
        }
        if (parent instanceof ForEachStmt loop) {
            VariableDeclarator variable = loop.getVariable().getVariables().get(0);
            if (!variable.getNameAsString().equals(name)) {
                return Optional.empty();
            }
            if (!variable.getType().isVarType()) {
                return Optional.of(resolve(variable.getType()));
            }
            return typeOf(loop.getIterable()).flatMap(this::elementType);
        }
        if (parent instanceof LambdaExpr lambda) {
            return lambdaParameter(lambda, name);
        }
        if (parent instanceof CatchClause clause) {
            Parameter p = clause.getParameter();
            return p.getNameAsString().equals(name) ? Optional.of(resolve(p.getType())) : Optional.empty();
        }
        if (parent instanceof TryStmt tryStmt) {
            return declaredAmong(tryStmt.getResources(), name);
        }
        if (parent instanceof CallableDeclaration<?> callable) {
            return parameter(callable.getParameters(), name).or(() -> patternVariable(callable, name));
        }
        if (parent instanceof TypeDeclaration<?> type) {
            return fieldOf(type, name);
        }
        if (parent instanceof ObjectCreationExpr creation && creation.getAnonymousClassBody().isPresent()) {
            for (var member : creation.getAnonymousClassBody().get()) {
                if (member instanceof FieldDeclaration field) {
                    Optional<TypeRef> found = variable(field.getVariables(), name);
                    if (found.isPresent()) {
                        return found;
                    }
                }
            }
            return index.fieldType(resolve(creation.getType()), name);
        }
        return Optional.empty();
    }

    /** A variable {@code name} declared by one of {@code expressions}: a for loop's initialization or a try's resources. */
    private Optional<TypeRef> declaredAmong(List<Expression> expressions, String name) {
        for (Expression expression : expressions) {
            if (expression instanceof VariableDeclarationExpr declaration) {
                Optional<TypeRef> found = variable(declaration.getVariables(), name);
                if (found.isPresent()) {
                    return found;
                }
            }
        }
        return Optional.empty();
    }

    private Optional<TypeRef> fieldOfEnclosingTypes(String name, Node usage) {
        for (Node n = usage; n != null; n = n.getParentNode().orElse(null)) {
            if (n instanceof TypeDeclaration<?> type) {
                return fieldOf(type, name);
            }
        }
        return Optional.empty();
    }

    private Optional<TypeRef> fieldOf(TypeDeclaration<?> type, String name) {
        for (FieldDeclaration field : type.getFields()) {
            Optional<TypeRef> found = variable(field.getVariables(), name);
            if (found.isPresent()) {
                return found;
            }
        }
        if (type instanceof RecordDeclaration record) {
            Optional<TypeRef> found = parameter(record.getParameters(), name);
            if (found.isPresent()) {
                return found;
            }
        }
        if (type instanceof EnumDeclaration enumeration
                && enumeration.getEntries().stream().anyMatch(e -> e.getNameAsString().equals(name))) {
            return enumeration.getFullyQualifiedName().map(TypeRef::of);
        }
        // Inherited fields, through the index.
        return type.getFullyQualifiedName().flatMap(fqn -> index.supertypes(fqn).stream()
                .map(s -> index.fieldType(s, name))
                .flatMap(Optional::stream)
                .findFirst());
    }

    private Optional<TypeRef> localBefore(NodeList<Statement> statements, Node child, String name) {
        for (Statement statement : statements) {
            if (statement == child) {
                break;
            }
            if (statement instanceof ExpressionStmt expr && expr.getExpression() instanceof VariableDeclarationExpr d) {
                Optional<TypeRef> found = variable(d.getVariables(), name);
                if (found.isPresent()) {
                    return found;
                }
            }
        }
        return Optional.empty();
    }

    private Optional<TypeRef> variable(NodeList<VariableDeclarator> variables, String name) {
        for (VariableDeclarator v : variables) {
            if (v.getNameAsString().equals(name)) {
                if (v.getType().isVarType()) {
                    return v.getInitializer().flatMap(this::typeOf);
                }
                return Optional.of(resolve(v.getType()));
            }
        }
        return Optional.empty();
    }

    private Optional<TypeRef> parameter(NodeList<Parameter> parameters, String name) {
        for (Parameter p : parameters) {
            if (p.getNameAsString().equals(name)) {
                TypeRef type = resolve(p.getType());
                return Optional.of(p.isVarArgs()
                        ? new TypeRef(type.name(), type.typeArguments(), type.arrayLevel() + 1, type.resolved())
                        : type);
            }
        }
        return Optional.empty();
    }

    /**
     * A variable of an {@code instanceof} pattern anywhere in {@code callable}. Java forbids a pattern
     * variable to shadow a local or parameter, so once those are ruled out the name can only be one;
     * several patterns of that name with different types leave the answer open.
     */
    private Optional<TypeRef> patternVariable(CallableDeclaration<?> callable, String name) {
        List<TypeRef> types = callable.findAll(TypePatternExpr.class, p -> p.getNameAsString().equals(name)).stream()
                .map(p -> resolve(p.getType()))
                .distinct()
                .toList();
        return types.size() == 1 ? Optional.of(types.get(0)) : Optional.empty();
    }

    private Optional<TypeRef> lambdaParameter(LambdaExpr lambda, String name) {
        NodeList<Parameter> parameters = lambda.getParameters();
        for (int i = 0; i < parameters.size(); i++) {
            Parameter p = parameters.get(i);
            if (!p.getNameAsString().equals(name)) {
                continue;
            }
            if (!p.getType().isUnknownType() && !p.getType().isVarType()) {
                return Optional.of(resolve(p.getType()));
            }
            // x -> ... passed to forEach: x is the element type of the receiver.
            if (parameters.size() == 1 && lambda.getParentNode().orElse(null) instanceof MethodCallExpr call
                    && call.getNameAsString().equals("forEach") && call.getScope().isPresent()) {
                return typeOf(call.getScope().get()).flatMap(this::elementType);
            }
            return Optional.empty();
        }
        return Optional.empty();
    }

    /** The element type of an array, an {@code Iterable<E>} or a {@code Stream<E>}. */
    public Optional<TypeRef> elementType(TypeRef container) {
        if (container.isArray()) {
            return Optional.of(container.componentType());
        }
        for (String holder : List.of("java.lang.Iterable", "java.util.stream.Stream")) {
            Optional<TypeRef> asHolder = index.asSuper(container, holder);
            if (asHolder.isPresent() && asHolder.get().typeArguments().size() == 1) {
                TypeRef element = asHolder.get().typeArguments().get(0);
                return element.resolved() ? Optional.of(element) : Optional.empty();
            }
        }
        return Optional.empty();
    }

    private List<String> typeVariablesAt(Node context) {
        List<String> names = new ArrayList<>();
        for (Node n = context; n != null; n = n.getParentNode().orElse(null)) {
            if (n instanceof CallableDeclaration<?> callable) {
                callable.getTypeParameters().stream().map(TypeParameter::getNameAsString).forEach(names::add);
            } else if (n instanceof NodeWithTypeParameters<?> generic) {
                generic.getTypeParameters().stream().map(TypeParameter::getNameAsString).forEach(names::add);
            }
        }
        return names;
    }

    public CompilationUnit unit() {
        return unit;
    }
}
