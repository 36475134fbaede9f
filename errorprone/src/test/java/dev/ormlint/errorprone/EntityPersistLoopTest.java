package dev.ormlint.errorprone;

import com.google.errorprone.CompilationTestHelper;
import com.sun.tools.javac.main.Main.Result;
import dev.ormlint.rules.testing.Cases;
import org.junit.jupiter.api.Test;

/**
 * Most sources declare the entity and repository they save to; {@link #typesOfTheOtherSourcesOfTheCompilationAreKnown}
 * shows that those declared in other files of the same compilation are known too.
 */
class EntityPersistLoopTest {

    private final CompilationTestHelper helper = CompilationTestHelper.newInstance(EntityPersistLoop.class, getClass());

    @Test
    void savesInLoopsAreWarnings() {
        helper.addSourceLines("com/acme/ItemImporter.java",
                        Cases.read("EntityPersistLoop", "saves-in-loops"))
                .expectResult(Result.OK).doTest();
    }

    /** javac checks one unit at a time; ormlint indexes every source of the compilation first. */
    @Test
    void typesOfTheOtherSourcesOfTheCompilationAreKnown() {
        helper.addSourceLines("com/acme/model/Item.java", Cases.read("EntityPersistLoop", "other-units/item"))
                .addSourceLines("com/acme/repo/ItemRepository.java",
                        Cases.read("EntityPersistLoop", "other-units/item-repository"))
                .addSourceLines("com/acme/ItemImporter.java",
                        Cases.read("EntityPersistLoop", "other-units/item-importer"))
                .doTest();
    }

    @Test
    void batchedSmallAndOneOffSavesStaySilent() {
        helper.addSourceLines("com/acme/CarefulImporter.java",
                        Cases.read("EntityPersistLoop", "batched-small-and-one-off-saves"))
                .expectNoDiagnostics().doTest();
    }

    @Test
    void bothSuppressionFormsOnMethodsAndClasses() {
        helper.addSourceLines("com/acme/LegacyImport.java", """
                package com.acme;

                import java.util.List;
                import org.hibernate.Session;

                class LegacyImport {
                    private Session session;

                    @SuppressWarnings("EntityPersistLoop")
                    void errorProneName(List<Object> rows) {
                        for (Object row : rows) {
                            session.save(row);
                        }
                    }

                    @SuppressWarnings("ormlint:EntityPersistLoop")
                    void ormlintName(List<Object> rows) {
                        for (Object row : rows) {
                            session.save(row);
                        }
                    }

                    @SuppressWarnings({"unchecked", "ormlint:LegacyCriteriaQuery", "EntityUpdateLoop"})
                    void otherRulesSuppressed(List<Object> rows) {
                        for (Object row : rows) {
                            // BUG: Diagnostic contains: Session.save(..) saves one entity per loop iteration
                            session.save(row);
                        }
                    }

                    @SuppressWarnings("ormlint:EntityPersistLoop")
                    static class Nested {
                        private Session session;

                        void inSuppressedClass(List<Object> rows) {
                            rows.forEach(session::persist);
                        }
                    }
                }
                """).doTest();
    }

    /** An unmarked line with a diagnostic fails the helper, so this proves the flag turns the check off. */
    @Test
    void offFlagTurnsTheCheckOff() {
        helper.setArgs("-Xep:EntityPersistLoop:OFF")
                .addSourceLines("com/acme/Import.java", """
                package com.acme;

                import java.util.List;
                import org.hibernate.Session;

                class Import {
                    void run(Session session, List<Object> rows) {
                        for (Object row : rows) {
                            session.save(row);
                        }
                    }
                }
                """).expectResult(Result.OK).doTest();
    }

    @Test
    void errorFlagMakesTheFindingAnError() {
        helper.setArgs("-Xep:EntityPersistLoop:ERROR")
                .addSourceLines("com/acme/Import.java", """
                package com.acme;

                import java.util.List;
                import org.hibernate.Session;

                class Import {
                    void run(Session session, Session archive) {
                        for (Object row : session.createQuery("from Row").list()) {
                            // BUG: Diagnostic contains: [EntityPersistLoop] Session.save(..) saves one entity
                            archive.save(copyOf(row));
                        }
                    }

                    Object copyOf(Object row) {
                        return row;
                    }
                }
                """).expectResult(Result.ERROR).doTest();
    }
}
