package dev.ormlint.analyzer.index;

import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.ImportDeclaration;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.AnnotationDeclaration;
import com.github.javaparser.ast.body.BodyDeclaration;
import com.github.javaparser.ast.body.ClassOrInterfaceDeclaration;
import com.github.javaparser.ast.body.EnumConstantDeclaration;
import com.github.javaparser.ast.body.EnumDeclaration;
import com.github.javaparser.ast.body.FieldDeclaration;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.Parameter;
import com.github.javaparser.ast.body.RecordDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.expr.AnnotationExpr;
import com.github.javaparser.ast.nodeTypes.NodeWithAnnotations;
import com.github.javaparser.ast.type.TypeParameter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The index pass: records every type declared in one compilation unit. */
public final class IndexBuilder {

    private IndexBuilder() {
    }

    public static ImportScope scopeOf(CompilationUnit unit) {
        String packageName = unit.getPackageDeclaration().map(p -> p.getNameAsString()).orElse("");
        Map<String, String> single = new HashMap<>();
        Map<String, String> statics = new HashMap<>();
        List<String> wildcards = new ArrayList<>();
        List<String> staticWildcards = new ArrayList<>();
        for (ImportDeclaration imp : unit.getImports()) {
            String name = imp.getNameAsString();
            if (imp.isStatic()) {
                if (imp.isAsterisk()) {
                    staticWildcards.add(name);
                } else {
                    statics.put(name.substring(name.lastIndexOf('.') + 1), name);
                }
            } else if (imp.isAsterisk()) {
                wildcards.add(name);
            } else {
                single.put(name.substring(name.lastIndexOf('.') + 1), name);
            }
        }
        return new ImportScope(packageName, single, wildcards, statics, staticWildcards);
    }

    /** Every top-level and member type of {@code unit} (local and anonymous classes are not indexed). */
    public static List<TypeInfo> typesOf(CompilationUnit unit, String path) {
        ImportScope scope = scopeOf(unit);
        List<TypeInfo> types = new ArrayList<>();
        String prefix = scope.packageName().isEmpty() ? "" : scope.packageName() + ".";
        for (TypeDeclaration<?> type : unit.getTypes()) {
            collect(type, prefix + type.getNameAsString(), path, scope, types);
        }
        return types;
    }

    private static void collect(TypeDeclaration<?> type, String qualifiedName, String path, ImportScope scope,
                                List<TypeInfo> out) {
        List<TypeRef> supertypes = new ArrayList<>();
        List<String> typeParameters = new ArrayList<>();
        TypeInfo.Kind kind;
        List<String> enumConstants = List.of();
        if (type instanceof ClassOrInterfaceDeclaration c) {
            kind = c.isInterface() ? TypeInfo.Kind.INTERFACE : TypeInfo.Kind.CLASS;
            c.getExtendedTypes().forEach(t -> supertypes.add(WrittenTypes.of(t)));
            c.getImplementedTypes().forEach(t -> supertypes.add(WrittenTypes.of(t)));
            c.getTypeParameters().stream().map(TypeParameter::getNameAsString).forEach(typeParameters::add);
        } else if (type instanceof EnumDeclaration e) {
            kind = TypeInfo.Kind.ENUM;
            e.getImplementedTypes().forEach(t -> supertypes.add(WrittenTypes.of(t)));
            enumConstants = e.getEntries().stream().map(EnumConstantDeclaration::getNameAsString).toList();
        } else if (type instanceof RecordDeclaration r) {
            kind = TypeInfo.Kind.RECORD;
            r.getImplementedTypes().forEach(t -> supertypes.add(WrittenTypes.of(t)));
            r.getTypeParameters().stream().map(TypeParameter::getNameAsString).forEach(typeParameters::add);
        } else if (type instanceof AnnotationDeclaration) {
            kind = TypeInfo.Kind.ANNOTATION;
        } else {
            return;
        }

        Map<String, TypeRef> fields = new LinkedHashMap<>();
        for (FieldDeclaration field : type.getFields()) {
            field.getVariables().forEach(v -> fields.put(v.getNameAsString(), WrittenTypes.of(v.getType())));
        }
        if (type instanceof RecordDeclaration r) {
            r.getParameters().forEach(p -> fields.put(p.getNameAsString(), WrittenTypes.of(p.getType())));
        }
        Map<String, List<MethodInfo>> methods = new LinkedHashMap<>();
        for (MethodDeclaration method : type.getMethods()) {
            MethodInfo info = new MethodInfo(
                    method.getNameAsString(),
                    method.getParameters().stream().map(p -> WrittenTypes.of(p.getType())).toList(),
                    WrittenTypes.of(method.getType()),
                    method.getParameters().stream().anyMatch(p -> p.isVarArgs()),
                    annotationNames(method),
                    MethodBodies.of(method));
            methods.computeIfAbsent(info.name(), k -> new ArrayList<>()).add(info);
        }
        if (type instanceof RecordDeclaration r) {
            for (Parameter component : r.getParameters()) {
                List<MethodInfo> named = methods.computeIfAbsent(component.getNameAsString(), k -> new ArrayList<>());
                if (named.stream().noneMatch(m -> m.parameterTypes().isEmpty())) {
                    named.add(new MethodInfo(component.getNameAsString(), List.of(), WrittenTypes.of(component.getType()),
                            false, List.of()));
                }
            }
        }
        out.add(new TypeInfo(qualifiedName, kind, path, scope, typeParameters, supertypes, annotationNames(type),
                fields, methods, enumConstants));

        for (BodyDeclaration<?> member : type.getMembers()) {
            if (member instanceof TypeDeclaration<?> nested) {
                collect(nested, qualifiedName + "." + nested.getNameAsString(), path, scope, out);
            }
        }
    }

    private static List<String> annotationNames(NodeWithAnnotations<? extends Node> node) {
        return node.getAnnotations().stream().map(AnnotationExpr::getNameAsString).toList();
    }
}
