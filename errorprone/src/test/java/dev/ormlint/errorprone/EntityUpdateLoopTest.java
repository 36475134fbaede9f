package dev.ormlint.errorprone;

import com.google.errorprone.CompilationTestHelper;
import dev.ormlint.rules.testing.Cases;
import org.junit.jupiter.api.Test;

/** Every case loads rows of the one {@code Ticket} entity, compiled beside it. */
class EntityUpdateLoopTest {

    private static final String TICKET = Cases.read("EntityUpdateLoop", "ticket");

    private final CompilationTestHelper helper = CompilationTestHelper.newInstance(EntityUpdateLoop.class, getClass());

    @Test
    void sameValueSettersOnLoadedRowsAreReportedAtTheFirstSetter() {
        helper.addSourceLines("com/acme/TicketDao.java",
                        Cases.read("EntityUpdateLoop", "same-value-setters-on-loaded-rows"))
                .addSourceLines("com/acme/Ticket.java", TICKET)
                .doTest();
    }

    /** #16: the compilation's own DAO layer is summarised too: its finder's rows, its update. */
    @Test
    void rowsAndUpdatesThroughProjectLayers() {
        helper.addSourceLines("com/acme/Closing.java", Cases.read("EntityUpdateLoop", "through-project-layers"))
                .addSourceLines("com/acme/Ticket.java", TICKET)
                .doTest();
    }

    @Test
    void rowDependentOrMixedWorkAndPlainListsStaySilent() {
        helper.addSourceLines("com/acme/Reprice.java",
                        Cases.read("EntityUpdateLoop", "row-dependent-or-mixed-work-and-plain-lists"))
                .addSourceLines("com/acme/Ticket.java", TICKET)
                .expectNoDiagnostics().doTest();
    }

    @Test
    void bothSuppressionFormsOnMethodsAndClasses() {
        helper.addSourceLines("com/acme/Closer.java", """
                package com.acme;

                import javax.persistence.EntityManager;

                class Closer {
                    private EntityManager em;

                    @SuppressWarnings("EntityUpdateLoop")
                    void errorProneName() {
                        for (Ticket t : em.createQuery("from Ticket", Ticket.class).getResultList()) {
                            t.setPriority(0);
                        }
                    }

                    @SuppressWarnings("ormlint:EntityUpdateLoop")
                    void ormlintName() {
                        for (Ticket t : em.createQuery("from Ticket", Ticket.class).getResultList()) {
                            t.setPriority(0);
                        }
                    }

                    @SuppressWarnings({"EntityPersistLoop", "ormlint:EntityPersistLoop"})
                    void otherRuleSuppressed() {
                        for (Ticket t : em.createQuery("from Ticket", Ticket.class).getResultList()) {
                            // BUG: Diagnostic contains: [EntityUpdateLoop]
                            t.setPriority(0);
                        }
                    }

                    @SuppressWarnings("EntityUpdateLoop")
                    class Inner {
                        void inSuppressedClass() {
                            for (Ticket t : em.createQuery("from Ticket", Ticket.class).getResultList()) {
                                t.setPriority(0);
                            }
                        }
                    }
                }
                """)
                .addSourceLines("com/acme/Ticket.java", TICKET)
                .doTest();
    }

    /** An unmarked line with a diagnostic fails the helper, so this proves the flag turns the check off. */
    @Test
    void offFlagTurnsTheCheckOff() {
        helper.setArgs("-Xep:EntityUpdateLoop:OFF")
                .addSourceLines("com/acme/Closer.java", """
                package com.acme;

                import javax.persistence.EntityManager;

                class Closer {
                    void closeAll(EntityManager em) {
                        for (Ticket t : em.createQuery("from Ticket", Ticket.class).getResultList()) {
                            t.setPriority(0);
                        }
                    }
                }
                """)
                .addSourceLines("com/acme/Ticket.java", TICKET)
                .doTest();
    }
}
