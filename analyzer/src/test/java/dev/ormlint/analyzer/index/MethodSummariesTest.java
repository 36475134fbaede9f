package dev.ormlint.analyzer.index;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ormlint.analyzer.testing.ParsedProject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Method summaries composed through a generic store, an interface, a service and a helper. */
class MethodSummariesTest {

    private static final String STORE = """
            package com.acme.store;

            import org.hibernate.Session;
            import org.hibernate.SessionFactory;
            import java.util.List;

            public abstract class HibernateGenericStore<T> implements GenericStore<T> {
                protected SessionFactory sessionFactory;

                protected Session getSession() {
                    return sessionFactory.getCurrentSession();
                }

                public void save(T object) {
                    getSession().save(object);
                }

                public void saveAll(List<T> objects) {
                    objects.forEach(o -> save(o));
                }

                public List<T> getAll() {
                    return getSession().createQuery("from X").list();
                }

                public void touch(T object) {
                    System.out.println(object);
                }
            }
            """;
    private static final String GENERIC_STORE = """
            package com.acme.store;

            import java.util.List;

            public interface GenericStore<T> {
                void save(T object);
                void saveAll(List<T> objects);
                List<T> getAll();
                void touch(T object);
            }
            """;
    private static final String RESULT_STORE = """
            package com.acme.store;

            public interface ValidationResultStore extends GenericStore<ValidationResult> {
            }
            """;
    private static final String HIBERNATE_RESULT_STORE = """
            package com.acme.store;

            public class HibernateValidationResultStore extends HibernateGenericStore<ValidationResult>
                    implements ValidationResultStore {
            }
            """;
    private static final String SERVICE = """
            package com.acme.service;

            import com.acme.store.ValidationResult;
            import com.acme.store.ValidationResultStore;
            import java.sql.Connection;
            import java.sql.DriverManager;
            import java.util.List;

            public class ValidationService {
                private ValidationResultStore store;

                public void add(ValidationResult result) {
                    store.save(result);
                }

                public void addLater(ValidationResult result) {
                    ValidationResult copy = result;
                    store.touch(copy);
                }

                public List<ValidationResult> all() {
                    return store.getAll();
                }

                Connection connect(String url) throws Exception {
                    return DriverManager.getConnection(url);
                }

                void audit(String url) throws Exception {
                    connect(url).close();
                }

                void recurse(ValidationResult result) {
                    recurse(result);
                }
            }
            """;

    private final ParsedProject project = new ParsedProject()
            .add("com/acme/store/HibernateGenericStore.java", STORE)
            .add("com/acme/store/GenericStore.java", GENERIC_STORE)
            .add("com/acme/store/ValidationResultStore.java", RESULT_STORE)
            .add("com/acme/store/HibernateValidationResultStore.java", HIBERNATE_RESULT_STORE)
            .add("com/acme/store/ValidationResult.java", "package com.acme.store; public class ValidationResult {}")
            .add("com/acme/service/ValidationService.java", SERVICE);

    private MethodSummary summary(String type, String method, int arguments) {
        return project.index().summary(TypeRef.of(type), method, arguments);
    }

    @Test
    void genericBaseSaveAppliesThroughTheInterfaceOfASubclass() {
        assertThat(summary("com.acme.store.ValidationResultStore", "save", 1).persistsParameter(0))
                .contains(List.of("HibernateGenericStore.save", "Session.save"));
    }

    @Test
    void serviceComposesThroughTheStore() {
        assertThat(summary("com.acme.service.ValidationService", "add", 1).persistsParameter(0))
                .contains(List.of("ValidationService.add", "HibernateGenericStore.save", "Session.save"));
    }

    @Test
    void elementsOfACollectionParameterAreFollowedIntoALambda() {
        assertThat(summary("com.acme.store.HibernateGenericStore", "saveAll", 1).persistsParameter(0))
                .contains(List.of("HibernateGenericStore.saveAll", "HibernateGenericStore.save", "Session.save"));
    }

    @Test
    void aMethodThatOnlyPrintsItsParameterPersistsNothing() {
        assertThat(summary("com.acme.service.ValidationService", "addLater", 1).persists()).isEmpty();
        assertThat(summary("com.acme.store.GenericStore", "touch", 1).persists()).isEmpty();
    }

    @Test
    void queryRowsAreReturnedThroughTheStoreAndTheService() {
        assertThat(summary("com.acme.service.ValidationService", "all", 0).returnsRows())
                .containsExactly("ValidationService.all", "HibernateGenericStore.getAll", "Query.list");
    }

    @Test
    void aHelperThatOpensAConnectionMakesItsCallersOpenOne() {
        assertThat(summary("com.acme.service.ValidationService", "audit", 1).opens())
                .containsExactly("ValidationService.audit", "ValidationService.connect", "DriverManager.getConnection");
        assertThat(summary("com.acme.service.ValidationService", "add", 1).opensConnection()).isFalse();
    }

    @Test
    void aRecursiveMethodEndsWithAnEmptySummary() {
        assertThat(summary("com.acme.service.ValidationService", "recurse", 1)).isEqualTo(MethodSummary.NONE);
    }

    @Test
    void libraryAndUnknownMethodsHaveNoSummary() {
        assertThat(summary("org.hibernate.Session", "save", 1)).isEqualTo(MethodSummary.NONE);
        assertThat(project.index().summary(TypeRef.unresolved("Nowhere"), "save", 1)).isEqualTo(MethodSummary.NONE);
    }

    @Test
    void theIndexPassKeepsTheBodiesThatMakeTheSameSummaries() {
        List<TypeInfo> types = new ArrayList<>();
        for (String source : List.of(STORE, GENERIC_STORE, RESULT_STORE, HIBERNATE_RESULT_STORE, SERVICE,
                "package com.acme.store; public class ValidationResult {}")) {
            types.addAll(SourceIndexing.typesOf("X.java", source, notice -> { }).orElseThrow());
        }
        ProjectIndex scanned = ProjectIndex.of(types);
        assertThat(scanned.summary(TypeRef.of("com.acme.service.ValidationService"), "add", 1))
                .isEqualTo(summary("com.acme.service.ValidationService", "add", 1));
        assertThat(scanned.summary(TypeRef.of("com.acme.service.ValidationService"), "audit", 1).opensConnection())
                .isTrue();
    }

    @Test
    void callersAreFoundByNameThroughParameterFlows() {
        Set<String> callers = project.index().callersOf(new CallTrigger(Set.of("save"), CallTrigger.Flow.ARGUMENT));
        assertThat(callers).contains("save", "saveAll", "add").doesNotContain("addLater", "touch", "all");
    }

    @Test
    void aRecordingViewRecordsTheQuestionsAndAnswersNotTheBodiesBehindThem() {
        IndexReads reads = new IndexReads();
        ProjectIndex recording = project.index().recordingInto(reads);
        CallTrigger saves = new CallTrigger(Set.of("save"), CallTrigger.Flow.ARGUMENT);

        MethodSummary add = recording.summary(TypeRef.of("com.acme.service.ValidationService"), "add", 1);
        boolean caller = recording.isCaller(saves, "add");

        assertThat(reads.summaries()).containsExactly(Map.entry(
                new IndexReads.SummaryLookup(TypeRef.of("com.acme.service.ValidationService"), "add", 1), add));
        assertThat(add.persistsParameter(0)).isPresent();
        assertThat(reads.callers()).containsExactly(Map.entry(new IndexReads.CallerLookup(saves, "add"), caller));
        assertThat(caller).isTrue();
        assertThat(reads.declarations()).as("the store the summary went through is the shared index's concern")
                .doesNotContain("com.acme.store.HibernateGenericStore", "com.acme.store.ValidationResultStore");
    }

    @Test
    void theMethodsDependingOnABodyAreItsNameAndItsCallersByName() {
        assertThat(project.index().dependingOnBodiesOf(Set.of("save")))
                .contains("save", "saveAll", "add").doesNotContain("addLater", "touch", "all", "audit");
    }
}
