package dev.ormlint.rules.java;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ormlint.analyzer.ScanResult;
import dev.ormlint.analyzer.testing.RuleTester;
import dev.ormlint.rules.testing.Cases;
import org.junit.jupiter.api.Test;

class EntityUpdateLoopTest {

    private static final String TICKET = """
            package com.acme.domain;

            import jakarta.persistence.Entity;
            import java.time.Instant;

            @Entity
            public class Ticket {
                public void setStatus(Status status) {
                }

                public void setClosedAt(Instant closedAt) {
                }

                public void setPriority(int priority) {
                }

                public int getPriority() {
                    return 0;
                }

                public void close() {
                }

                public enum Status { OPEN, CLOSED }
            }
            """;
    private static final String LEGACY_TICKET = """
            package com.acme.domain;

            @javax.persistence.Entity
            public class LegacyTicket {
                public void setArchived(boolean archived) {
                }
            }
            """;
    private static final String REPOSITORIES = """
            package com.acme.repo;

            import com.acme.domain.Ticket;
            import java.util.List;
            import java.util.stream.Stream;
            import org.springframework.data.repository.CrudRepository;

            public interface TicketRepository extends CrudRepository<Ticket, Long> {
                List<Ticket> findByStatus(Ticket.Status status);

                Stream<Ticket> streamByStatus(Ticket.Status status);

                java.util.Optional<Ticket> findFirstByStatus(Ticket.Status status);
            }
            """;

    private final RuleTester tester = RuleTester.of(new EntityUpdateLoop())
            .addSource("com/acme/domain/Ticket.java", TICKET)
            .addSource("com/acme/domain/LegacyTicket.java", LEGACY_TICKET)
            .addSource("com/acme/repo/TicketRepository.java", REPOSITORIES);

    /** #16: rows of a project DAO's finder, written back by its update, also under a filter on the row. */
    @Test
    void rowsAndUpdatesThroughProjectLayers() {
        RuleTester.of(new EntityUpdateLoop())
                .addSource("com/acme/Closing.java", Cases.read("EntityUpdateLoop", "through-project-layers"))
                .addSource("com/acme/Ticket.java", Cases.read("EntityUpdateLoop", "ticket"))
                .expectMarkedFindings();
    }

    /** #16: syncope's users behind an interface, LibrePlan's hbm.xml users and a constant's getter as the value. */
    @Test
    void entitiesBehindInterfacesAndMappingFilesWithAConstantsValue() {
        RuleTester.of(new EntityUpdateLoop())
                .addSource("com/acme/api/User.java", """
                        package com.acme.api;

                        public interface User {
                            void setQuestion(String question);
                        }
                        """)
                .addSource("com/acme/jpa/JPAUser.java", """
                        package com.acme.jpa;

                        @jakarta.persistence.Entity
                        public class JPAUser implements com.acme.api.User {
                            public void setQuestion(String question) {
                            }
                        }
                        """)
                .addSource("com/acme/legacy/Account.java", """
                        package com.acme.legacy;

                        public class Account {
                            public void setScenario(String scenario) {
                            }
                        }
                        """)
                .addSource("src/main/resources/com/acme/legacy/Account.hbm.xml", """
                        <hibernate-mapping package="com.acme.legacy"><class name="Account"><id name="id"/></class></hibernate-mapping>
                        """)
                .addSource("com/acme/Defaults.java", """
                        package com.acme;

                        public enum Defaults {
                            MASTER;

                            public String getName() {
                                return "master";
                            }
                        }
                        """)
                .addSource("com/acme/UserDao.java", """
                        package com.acme;

                        import com.acme.api.User;
                        import com.acme.legacy.Account;
                        import jakarta.persistence.EntityManager;
                        import java.util.List;

                        public class UserDao {
                            private EntityManager em;

                            public List<? extends User> findByQuestion(String question) {
                                return em.createQuery("select u from JPAUser u", User.class).getResultList();
                            }

                            public List<Account> findAccounts() {
                                return em.createQuery("select a from Account a", Account.class).getResultList();
                            }

                            public User save(User user) {
                                return em.merge(user);
                            }

                            public void store(Account account) {
                                em.merge(account);
                            }
                        }
                        """)
                .addSource("com/acme/Cleanup.java", """
                        package com.acme;

                        import com.acme.legacy.Account;

                        class Cleanup {
                            private UserDao userDao;

                            void forgetQuestion(String question) {
                                userDao.findByQuestion(question).forEach(user -> {
                                    // BUG: Diagnostic contains: every User loaded by `userDao.findByQuestion(question)`
                                    user.setQuestion(null);
                                    userDao.save(user);
                                });
                            }

                            void resetScenarios() {
                                for (Account account : userDao.findAccounts()) {
                                    // BUG: Diagnostic contains: every Account loaded by `userDao.findAccounts()`
                                    account.setScenario(Defaults.MASTER.getName());
                                    userDao.store(account);
                                }
                            }
                        }
                        """)
                .expectMarkedFindings();
    }

    /** #16: openmrs's tests void the few orders their fixtures made. */
    @Test
    void testSourcesStaySilent() {
        tester.addSource("src/test/java/com/acme/TicketFixtures.java", """
                        package com.acme;

                        import com.acme.domain.Ticket;
                        import com.acme.repo.TicketRepository;

                        class TicketFixtures {
                            private TicketRepository tickets;

                            void closeAll() {
                                for (Ticket t : tickets.findByStatus(Ticket.Status.OPEN)) {
                                    t.setStatus(Ticket.Status.CLOSED);
                                }
                            }
                        }
                        """)
                .expectNoFindings();
    }

    /** A case the Error Prone checker test compiles too, so it stands alone without the shared domain sources. */
    @Test
    void sameValueSettersOnLoadedRowsAreReportedAtTheFirstSetter() {
        RuleTester.of(new EntityUpdateLoop())
                .addSource("com/acme/TicketDao.java",
                        Cases.read("EntityUpdateLoop", "same-value-setters-on-loaded-rows"))
                .addSource("com/acme/Ticket.java", Cases.read("EntityUpdateLoop", "ticket"))
                .expectMarkedFindings();
    }

    /** A case the Error Prone checker test compiles too, so it stands alone without the shared domain sources. */
    @Test
    void rowDependentOrMixedWorkAndPlainListsStaySilent() {
        RuleTester.of(new EntityUpdateLoop())
                .addSource("com/acme/Reprice.java",
                        Cases.read("EntityUpdateLoop", "row-dependent-or-mixed-work-and-plain-lists"))
                .addSource("com/acme/Ticket.java", Cases.read("EntityUpdateLoop", "ticket"))
                .expectNoFindings();
    }

    @Test
    void repositoryWhoseNameSaysNothingStillTriggersTheRule() {
        RuleTester.of(new EntityUpdateLoop())
                .addSource("com/acme/domain/Ticket.java", TICKET)
                .addSource("com/acme/data/TicketStore.java", """
                        package com.acme.data;

                        import com.acme.domain.Ticket;
                        import java.util.List;
                        import org.springframework.data.jpa.repository.JpaRepository;

                        public interface TicketStore extends JpaRepository<Ticket, Long> {
                            List<Ticket> findByStatus(Ticket.Status status);
                        }
                        """)
                .addSource("com/acme/Janitor.java", """
                        package com.acme;

                        import com.acme.data.TicketStore;
                        import com.acme.domain.Ticket;

                        class Janitor {
                            private TicketStore store;

                            void closeAll() {
                                for (Ticket ticket : store.findByStatus(Ticket.Status.OPEN)) {
                                    // BUG: Diagnostic contains: every Ticket loaded by `store.findByStatus(Ticket.Status.OPEN)`
                                    ticket.setStatus(Ticket.Status.CLOSED);
                                }
                            }
                        }
                        """)
                .expectMarkedFindings();
    }

    @Test
    void constantSettersOnSpringDataResults() {
        tester.addSource("com/acme/TicketService.java", """
                package com.acme;

                import com.acme.domain.Ticket;
                import com.acme.domain.Ticket.Status;
                import com.acme.repo.TicketRepository;
                import java.time.Instant;
                import java.util.List;

                class TicketService {
                    private static final int LOW = 5;
                    private final TicketRepository tickets;

                    TicketService(TicketRepository tickets) {
                        this.tickets = tickets;
                    }

                    void closeAll(Instant now) {
                        for (Ticket ticket : tickets.findByStatus(Status.OPEN)) {
                            // BUG: Diagnostic contains: Sets the same values on every Ticket loaded by `tickets.findByStatus(Status.OPEN)`
                            ticket.setStatus(Status.CLOSED);
                            ticket.setClosedAt(now);
                            tickets.save(ticket);
                        }
                    }

                    void viaVariable() {
                        List<Ticket> open = tickets.findByStatus(Status.OPEN);
                        for (var ticket : open) {
                            // BUG: Diagnostic contains: @Modifying @Query("update ...")
                            ticket.setPriority(-LOW);
                        }
                    }

                    void findAllForEach() {
                        // BUG: Diagnostic contains: tickets.findAll()
                        tickets.findAll().forEach(t -> t.setPriority(1));
                    }

                    List<Ticket> readOpen() {
                        return tickets.findByStatus(Status.OPEN);
                    }

                    void throughOwnFinder() {
                        for (Ticket t : readOpen()) {
                            // BUG: Diagnostic contains: every Ticket loaded by `readOpen()`
                            t.setPriority(LOW);
                        }
                    }

                    void stream() {
                        tickets.streamByStatus(Status.OPEN).forEach(t -> {
                            // BUG: Diagnostic contains: skip @Version, entity listeners and already-loaded entities
                            t.setStatus(null);
                        });
                    }
                }
                """).expectMarkedFindings();
    }

    @Test
    void constantSettersOnQueryResults() {
        tester.addSource("com/acme/TicketDao.java", """
                package com.acme;

                import com.acme.domain.LegacyTicket;
                import com.acme.domain.Ticket;
                import java.util.List;
                import org.hibernate.Session;

                class TicketDao {
                    private jakarta.persistence.EntityManager em;
                    private javax.persistence.EntityManager legacyEm;
                    private Session session;

                    void jpa() {
                        List<Ticket> rows = em.createQuery("select t from Ticket t", Ticket.class).getResultList();
                        for (Ticket t : rows) {
                            // BUG: Diagnostic contains: every Ticket loaded by `em.createQuery(
                            t.setPriority(0);
                            em.merge(t);
                        }
                    }

                    void jpaStream() {
                        em.createQuery("select t from Ticket t", Ticket.class)
                                .setParameter("p", 1)
                                .getResultStream()
                                // BUG: Diagnostic contains: CriteriaUpdate
                                .forEach(t -> t.setPriority(9));
                    }

                    void javax() {
                        for (Object row : legacyEm.createQuery("from LegacyTicket").getResultList()) {
                            LegacyTicket ticket = (LegacyTicket) row;
                            ticket.setArchived(true);
                        }
                        for (LegacyTicket ticket : (List<LegacyTicket>) legacyEm.createNamedQuery("LegacyTicket.all").getResultList()) {
                            // BUG: Diagnostic contains: every LegacyTicket
                            ticket.setArchived(true);
                        }
                    }

                    void hibernate() {
                        for (Ticket t : session.createQuery("from Ticket", Ticket.class).list()) {
                            // BUG: Diagnostic contains: createMutationQuery
                            t.setStatus(Ticket.Status.CLOSED);
                            session.update(t);
                        }
                    }
                }
                """).expectMarkedFindings();
    }

    @Test
    void nearMissesStaySilent() {
        tester.addSource("com/acme/Reprice.java", """
                package com.acme;

                import com.acme.domain.Ticket;
                import com.acme.domain.Ticket.Status;
                import com.acme.repo.TicketRepository;
                import java.time.Instant;
                import java.util.List;

                class Reprice {
                    private TicketRepository tickets;
                    private Notifier notifier;

                    void dependsOnTheRow() {
                        for (Ticket t : tickets.findByStatus(Status.OPEN)) {
                            t.setPriority(t.getPriority() + 1);
                        }
                    }

                    void callPerRow() {
                        for (Ticket t : tickets.findByStatus(Status.OPEN)) {
                            t.setClosedAt(Instant.now());
                        }
                    }

                    void incrementPerRow() {
                        int rank = 0;
                        for (Ticket t : tickets.findByStatus(Status.OPEN)) {
                            t.setPriority(rank++);
                        }
                    }

                    void otherWorkInTheBody() {
                        for (Ticket t : tickets.findByStatus(Status.OPEN)) {
                            t.setStatus(Status.CLOSED);
                            notifier.closed(t);
                        }
                        for (Ticket t : tickets.findByStatus(Status.OPEN)) {
                            t.close();
                        }
                        for (Ticket t : tickets.findByStatus(Status.OPEN)) {
                            if (isUrgent(t)) {
                                t.setStatus(Status.CLOSED);
                            }
                        }
                    }

                    boolean isUrgent(Ticket t) {
                        return t.getPriority() > 3;
                    }

                    void notFromAQuery(List<Ticket> given) {
                        for (Ticket t : given) {
                            t.setStatus(Status.CLOSED);
                        }
                        tickets.findFirstByStatus(Status.OPEN).ifPresent(t -> t.setStatus(Status.CLOSED));
                    }

                    void reassignedVariable(List<Ticket> given) {
                        List<Ticket> rows = tickets.findByStatus(Status.OPEN);
                        rows = given;
                        for (Ticket t : rows) {
                            t.setStatus(Status.CLOSED);
                        }
                    }

                    void dtosBuiltByHand() {
                        for (TicketView view : List.of(new TicketView(), new TicketView())) {
                            view.setLabel("x");
                        }
                        for (TicketView view : views()) {
                            view.setLabel("x");
                        }
                    }

                    void savesSomethingElse(Ticket other) {
                        for (Ticket t : tickets.findByStatus(Status.OPEN)) {
                            t.setStatus(Status.CLOSED);
                            tickets.save(other);
                        }
                    }

                    void onlySaves() {
                        for (Ticket t : tickets.findByStatus(Status.OPEN)) {
                            tickets.save(t);
                        }
                    }

                    List<Ticket> readSome(boolean all, List<Ticket> given) {
                        if (all) {
                            return tickets.findByStatus(Status.OPEN);
                        }
                        return given;
                    }

                    void ownMethodThatMayNotQuery(List<Ticket> given) {
                        for (Ticket t : readSome(false, given)) {
                            t.setStatus(Status.CLOSED);
                        }
                    }

                    List<TicketView> views() {
                        return List.of();
                    }

                    interface Notifier {
                        void closed(Ticket ticket);
                    }

                    static class TicketView {
                        void setLabel(String label) {
                        }
                    }
                }
                """).expectNoFindings();
    }

    @Test
    void reportedAtTheFirstSetterWithTheFix() {
        ScanResult result = tester.addSource("com/acme/Archive.java", """
                package com.acme;

                import com.acme.domain.Ticket;
                import com.acme.repo.TicketRepository;

                class Archive {
                    private TicketRepository tickets;

                    void archive() {
                        for (Ticket t : tickets.findAll()) {
                            // BUG: Diagnostic contains: every Ticket loaded by `tickets.findAll()`
                            t.setPriority(0);
                            t.setStatus(Ticket.Status.CLOSED);
                        }
                    }

                    @SuppressWarnings("ormlint:EntityUpdateLoop")
                    void accepted() {
                        for (Ticket t : tickets.findAll()) {
                            t.setPriority(0);
                        }
                    }
                }
                """).expectMarkedFindings();
        assertThat(result.findings()).singleElement().satisfies(f -> {
            assertThat(f.range().startColumn()).isEqualTo(13);
            assertThat(f.range().endLine()).isEqualTo(12);
            assertThat(f.fixHint()).contains("@Modifying @Query").contains("CriteriaUpdate")
                    .contains("createMutationQuery").contains("@Version");
        });
    }
}
