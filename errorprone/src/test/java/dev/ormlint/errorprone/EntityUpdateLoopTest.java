package dev.ormlint.errorprone;

import com.google.errorprone.CompilationTestHelper;
import org.junit.jupiter.api.Test;

/** Each source declares the entity (and repository) whose rows it loads, to keep every case in one place. */
class EntityUpdateLoopTest {

    private static final String TICKET = """
            @javax.persistence.Entity
            class Ticket {
                enum Status { OPEN, CLOSED }

                void setStatus(Status status) {
                }

                void setPriority(int priority) {
                }

                int getPriority() {
                    return 0;
                }
            }
            """;

    private final CompilationTestHelper helper = CompilationTestHelper.newInstance(EntityUpdateLoop.class, getClass());

    @Test
    void sameValueSettersOnLoadedRowsAreReportedAtTheFirstSetter() {
        helper.addSourceLines("com/acme/TicketDao.java", """
                package com.acme;

                import java.util.List;
                import javax.persistence.EntityManager;
                import org.hibernate.Session;
                import org.springframework.data.jpa.repository.JpaRepository;

                interface TicketRepository extends JpaRepository<Ticket, Long> {
                    List<Ticket> findByStatus(Ticket.Status status);
                }

                class TicketDao {
                    private EntityManager em;
                    private Session session;
                    private TicketRepository tickets;

                    void jpa() {
                        for (Ticket t : em.createQuery("select t from Ticket t", Ticket.class).getResultList()) {
                            // BUG: Diagnostic contains: Sets the same values on every Ticket loaded by `em.createQuery(
                            t.setPriority(0);
                            em.merge(t);
                        }
                    }

                    void hibernate() {
                        for (Ticket t : session.createQuery("from Ticket", Ticket.class).list()) {
                            // BUG: Diagnostic contains: one UPDATE per row
                            t.setStatus(Ticket.Status.CLOSED);
                            t.setPriority(9);
                            session.update(t);
                        }
                    }

                    void springData() {
                        tickets.findByStatus(Ticket.Status.OPEN)
                                // BUG: Diagnostic contains: every Ticket loaded by `tickets.findByStatus(Ticket.Status.OPEN)`
                                .forEach(t -> t.setStatus(Ticket.Status.CLOSED));
                    }
                }
                """ + TICKET).doTest();
    }

    @Test
    void rowDependentOrMixedWorkAndPlainListsStaySilent() {
        helper.addSourceLines("com/acme/Reprice.java", """
                package com.acme;

                import java.time.Instant;
                import java.util.List;
                import javax.persistence.EntityManager;

                class Reprice {
                    private EntityManager em;

                    List<Ticket> open() {
                        return em.createQuery("select t from Ticket t", Ticket.class).getResultList();
                    }

                    void dependsOnTheRow() {
                        for (Ticket t : open()) {
                            t.setPriority(t.getPriority() + 1);
                        }
                    }

                    void otherWorkInTheBody() {
                        for (Ticket t : open()) {
                            t.setStatus(Ticket.Status.CLOSED);
                            System.out.println(t);
                        }
                    }

                    void conditional() {
                        for (Ticket t : open()) {
                            if (t.getPriority() > 3) {
                                t.setStatus(Ticket.Status.CLOSED);
                            }
                        }
                    }

                    void notFromAQuery(List<Ticket> given) {
                        for (Ticket t : given) {
                            t.setStatus(Ticket.Status.CLOSED);
                        }
                    }

                    void notAnEntity() {
                        for (StringBuilder b : em.createQuery("select b from Note b", StringBuilder.class).getResultList()) {
                            b.setLength(0);
                        }
                    }
                }
                """ + TICKET).expectNoDiagnostics().doTest();
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
                """ + TICKET).doTest();
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
                """ + TICKET).doTest();
    }
}
