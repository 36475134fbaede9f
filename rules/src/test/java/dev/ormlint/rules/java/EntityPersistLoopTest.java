package dev.ormlint.rules.java;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ormlint.analyzer.ScanResult;
import dev.ormlint.analyzer.testing.RuleTester;
import dev.ormlint.rules.testing.Cases;
import org.junit.jupiter.api.Test;

class EntityPersistLoopTest {

    private static final String ITEM = """
            package com.acme.domain;

            import jakarta.persistence.Entity;

            @Entity
            public class Item {
                public void setName(String name) {
                }
            }
            """;
    private static final String ITEM_REPOSITORY = """
            package com.acme.repo;

            import com.acme.domain.Item;
            import org.springframework.data.repository.CrudRepository;

            public interface BaseRepository<T, ID> extends CrudRepository<T, ID> {
            }
            """;
    private static final String PROJECT_REPOSITORY = """
            package com.acme.repo;

            import com.acme.domain.Item;

            public interface ItemRepository extends BaseRepository<Item, Long> {
            }
            """;

    private final RuleTester tester = RuleTester.of(new EntityPersistLoop())
            .addSource("com/acme/domain/Item.java", ITEM)
            .addSource("com/acme/repo/BaseRepository.java", ITEM_REPOSITORY)
            .addSource("com/acme/repo/ItemRepository.java", PROJECT_REPOSITORY);

    /** A case the Error Prone checker test compiles too, so it stands alone without the shared domain sources. */
    @Test
    void savesInLoopsOfTheThreeApis() {
        RuleTester.of(new EntityPersistLoop())
                .addSource("com/acme/ItemImporter.java", Cases.read("EntityPersistLoop", "saves-in-loops"))
                .expectMarkedFindings();
    }

    /** The entity and the repository the loop saves through come from files of their own. */
    @Test
    void typesOfOtherFilesAreKnown() {
        RuleTester.of(new EntityPersistLoop())
                .addSource("com/acme/model/Item.java", Cases.read("EntityPersistLoop", "other-units/item"))
                .addSource("com/acme/repo/ItemRepository.java",
                        Cases.read("EntityPersistLoop", "other-units/item-repository"))
                .addSource("com/acme/ItemImporter.java", Cases.read("EntityPersistLoop", "other-units/item-importer"))
                .expectMarkedFindings();
    }

    /** A case the Error Prone checker test compiles too, so it stands alone without the shared domain sources. */
    @Test
    void batchedSmallAndOneOffSavesStaySilent() {
        RuleTester.of(new EntityPersistLoop())
                .addSource("com/acme/CarefulImporter.java",
                        Cases.read("EntityPersistLoop", "batched-small-and-one-off-saves"))
                .expectNoFindings();
    }

    @Test
    void sessionSavesInEveryKindOfLoop() {
        tester.addSource("com/acme/ItemImporter.java", """
                package com.acme;

                import com.acme.domain.Item;
                import java.util.Iterator;
                import java.util.List;
                import org.hibernate.Session;
                import org.hibernate.SessionFactory;

                class ItemImporter {
                    private SessionFactory sessionFactory;
                    private Session session;

                    void indexed(List<Item> items) {
                        for (int i = 0; i < items.size(); i++) {
                            // BUG: Diagnostic contains: Session.save(..) saves one Item per loop iteration with no flush()+clear() batching: one INSERT per row
                            session.save(items.get(i));
                        }
                    }

                    void enhanced(List<Item> items) {
                        for (Item item : items) {
                            // BUG: Diagnostic contains: Session.persist(..)
                            sessionFactory.getCurrentSession().persist(item);
                        }
                    }

                    void whileLoop(Iterator<Item> items) {
                        while (items.hasNext()) {
                            // BUG: Diagnostic contains: Session.saveOrUpdate(..)
                            session.saveOrUpdate(items.next());
                        }
                    }

                    void doLoop(Iterator<Item> items) {
                        do {
                            // BUG: Diagnostic contains: Session.merge(..) saves one Item per loop iteration with no flush()+clear() batching: one INSERT or UPDATE per row
                            session.merge("Item", items.next());
                        } while (items.hasNext());
                    }

                    void insideAnIf(List<Item> items) {
                        for (Item item : items) {
                            if (item != null) {
                                // BUG: Diagnostic contains: hibernate.jdbc.batch_size
                                session.persist(item);
                            }
                        }
                    }
                }
                """).expectMarkedFindings();
    }

    @Test
    void entityManagersJakartaAndJavax() {
        tester.addSource("com/acme/JakartaLoader.java", """
                package com.acme;

                import com.acme.domain.Item;
                import jakarta.persistence.EntityManager;
                import jakarta.persistence.PersistenceContext;
                import java.util.List;

                class JakartaLoader {
                    @PersistenceContext
                    private EntityManager em;

                    void load(List<Item> items) {
                        for (Item item : items) {
                            // BUG: Diagnostic contains: EntityManager.persist(..) saves one Item per loop iteration
                            em.persist(item);
                        }
                    }

                    void mergeAll(List<Item> items) {
                        items.forEach(item -> {
                            // BUG: Diagnostic contains: EntityManager.merge(..) saves one Item
                            this.em.merge(item);
                        });
                    }
                }
                """)
                .addSource("com/acme/JavaxLoader.java", """
                package com.acme;

                import java.util.List;
                import javax.persistence.EntityManager;

                class JavaxLoader {
                    private EntityManager entityManager;

                    void load(List<String> names) {
                        for (String name : names) {
                            // BUG: Diagnostic contains: StatelessSession
                            entityManager.persist(new Legacy(name));
                        }
                    }
                }

                class Legacy {
                    Legacy(String name) {
                    }
                }
                """).expectMarkedFindings();
    }

    @Test
    void springDataRepositoriesThroughProjectInterfaces() {
        tester.addSource("com/acme/repo/OrderRepository.java", """
                package com.acme.repo;

                import com.acme.domain.Item;
                import org.springframework.data.jpa.repository.JpaRepository;

                public interface OrderRepository extends JpaRepository<Item, Long> {
                }
                """)
                .addSource("com/acme/ItemService.java", """
                package com.acme;

                import com.acme.domain.Item;
                import com.acme.repo.ItemRepository;
                import com.acme.repo.OrderRepository;
                import java.util.List;
                import java.util.Map;

                class ItemService {
                    private final ItemRepository items;
                    private final OrderRepository orders;

                    ItemService(ItemRepository items, OrderRepository orders) {
                        this.items = items;
                        this.orders = orders;
                    }

                    void copy(List<Item> source) {
                        for (Item item : source) {
                            // BUG: Diagnostic contains: ItemRepository.save(..) saves one Item per loop iteration
                            items.save(item);
                        }
                    }

                    void streamed(List<Item> source) {
                        // BUG: Diagnostic contains: OrderRepository.saveAndFlush(..)
                        source.stream().filter(i -> i != null).forEach(i -> orders.saveAndFlush(i));
                    }

                    void methodReference(List<Item> source) {
                        // BUG: Diagnostic contains: ItemRepository.save(..) saves one Item
                        source.forEach(items::save);
                    }

                    void batchPerGroup(Map<String, List<Item>> groups) {
                        for (List<Item> group : groups.values()) {
                            // BUG: Diagnostic contains: ItemRepository.saveAll(..) saves a batch of Item entities
                            items.saveAll(group);
                        }
                    }

                    void chunks(List<Item> source) {
                        List<Item> chunk = new java.util.ArrayList<>();
                        for (Item item : source) {
                            chunk.add(item);
                            if (chunk.size() == 100) {
                                // BUG: Diagnostic contains: ItemRepository.saveAll(..) saves a batch of Item entities
                                items.saveAll(chunk);
                                chunk.clear();
                            }
                        }
                    }

                    void nested(List<List<Item>> pages) {
                        for (List<Item> page : pages) {
                            for (Item item : page) {
                                // BUG: Diagnostic contains: OrderRepository.save(..)
                                orders.save(item);
                            }
                        }
                    }

                    void newObjectAssignedInTheLoop(List<String> names) {
                        Item item;
                        for (String name : names) {
                            item = new Item();
                            item.setName(name);
                            // BUG: Diagnostic contains: ItemRepository.save(..)
                            items.save(item);
                        }
                    }

                    void sameNameLookedUpInASiblingLoop(List<Long> ids, List<String> names) {
                        for (Long id : ids) {
                            Item item = items.findById(id).orElseThrow();
                            items.save(item);
                        }
                        for (String name : names) {
                            Item item = new Item();
                            item.setName(name);
                            // BUG: Diagnostic contains: ItemRepository.save(..)
                            items.save(item);
                        }
                    }

                    void mapValues(Map<String, Item> byName) {
                        byName.forEach((name, item) -> {
                            // BUG: Diagnostic contains: ItemRepository.save(..)
                            items.save(item);
                        });
                    }

                    void rowsOfUnknownOrigin(List<Item> detached) {
                        for (Item item : detached) {
                            item.setName("x");
                            // BUG: Diagnostic contains: ItemRepository.save(..)
                            items.save(item);
                        }
                    }

                    void breakLeavesOnlyTheSwitchOrInnerLoop(List<Item> source, List<List<Item>> pages) {
                        for (Item item : source) {
                            switch (item.hashCode()) {
                                case 0 -> {
                                    // BUG: Diagnostic contains: ItemRepository.save(..)
                                    items.save(item);
                                    break;
                                }
                                default -> {
                                }
                            }
                        }
                        for (List<Item> page : pages) {
                            for (Item item : page) {
                                // BUG: Diagnostic contains: ItemRepository.save(..)
                                items.save(item);
                                break;
                            }
                        }
                        source.forEach(item -> {
                            // BUG: Diagnostic contains: ItemRepository.save(..)
                            items.save(item);
                            return;
                        });
                        for (Item item : source) {
                            found:
                            {
                                for (Item existing : source) {
                                    if (existing == item) {
                                        // BUG: Diagnostic contains: ItemRepository.save(..)
                                        items.save(existing);
                                        break found;
                                    }
                                }
                                throw new IllegalStateException("not found");
                            }
                        }
                    }

                    void deferredInsideTheLoop(List<java.util.Optional<Item>> maybe) {
                        for (java.util.Optional<Item> candidate : maybe) {
                            // BUG: Diagnostic contains: ItemRepository.save(..)
                            candidate.ifPresent(item -> items.save(item));
                        }
                    }
                }
                """).expectMarkedFindings();
    }

    @Test
    void batchingThatIsNotComplete() {
        tester.addSource("com/acme/HalfBatched.java", """
                package com.acme;

                import com.acme.domain.Item;
                import jakarta.persistence.EntityManager;
                import java.util.List;

                class HalfBatched {
                    private EntityManager em;
                    private EntityManager reportingEm;

                    void flushWithoutClear(List<Item> items) {
                        int i = 0;
                        for (Item item : items) {
                            // BUG: Diagnostic contains: EntityManager.persist(..)
                            em.persist(item);
                            if (++i % 50 == 0) {
                                em.flush();
                            }
                        }
                    }

                    void clearOnAnotherEntityManager(List<Item> items) {
                        int i = 0;
                        for (Item item : items) {
                            // BUG: Diagnostic contains: EntityManager.persist(..)
                            em.persist(item);
                            if (++i % 50 == 0) {
                                em.flush();
                                reportingEm.clear();
                            }
                        }
                    }

                    void flushOnlyAfterTheLoop(List<Item> items) {
                        for (Item item : items) {
                            // BUG: Diagnostic contains: EntityManager.persist(..)
                            em.persist(item);
                        }
                        em.flush();
                    }
                }
                """).expectMarkedFindings();
    }

    /** Written-out elements are as many as the code lists (#16: dhis2 seeds 28 locales from a constant); a spread array is not. */
    @Test
    void literalLoopsAreSilentButNotArraysSpreadOverVarargs() {
        tester.addSource("com/acme/Seeds.java", """
                package com.acme;

                import com.acme.domain.Item;
                import com.acme.repo.ItemRepository;
                import java.util.Arrays;
                import java.util.List;

                class Seeds {
                    private ItemRepository repository;

                    void four(Item a, Item b, Item c, Item d) {
                        for (Item item : List.of(a, b, c, d)) {
                            repository.save(item);
                        }
                    }

                    void spreadArray(Item[] all) {
                        for (Item item : Arrays.asList(all)) {
                            // BUG: Diagnostic contains: ItemRepository.save(..)
                            repository.save(item);
                        }
                    }

                    void enumInsideDataLoop(List<Item> items) {
                        for (Item item : items) {
                            for (Kind kind : Kind.values()) {
                                // BUG: Diagnostic contains: ItemRepository.save(..)
                                repository.save(item);
                            }
                        }
                    }

                    enum Kind { A, B }
                }
                """).expectMarkedFindings();
    }

    @Test
    void nearMissesStaySilent() {
        tester.addSource("com/acme/Batched.java", """
                package com.acme;

                import com.acme.domain.Item;
                import com.acme.repo.ItemRepository;
                import jakarta.persistence.EntityManager;
                import java.util.List;
                import org.hibernate.Session;
                import org.hibernate.SessionFactory;
                import org.hibernate.StatelessSession;
                import org.springframework.data.jpa.repository.JpaRepository;

                class Batched {
                    private static final int BATCH = 50;
                    private EntityManager em;
                    private Session session;
                    private SessionFactory sessionFactory;
                    private ItemRepository repository;
                    private JpaRepository<Item, Long> jpa;

                    void flushAndClearEveryN(List<Item> items) {
                        for (int i = 0; i < items.size(); i++) {
                            em.persist(items.get(i));
                            if (i % BATCH == 0) {
                                this.em.flush();
                                em.clear();
                            }
                        }
                    }

                    void sessionBatching(List<Item> items) {
                        int count = 0;
                        for (Item item : items) {
                            session.save(item);
                            if (++count % BATCH == 0) {
                                session.flush();
                                session.clear();
                            }
                        }
                    }

                    void repositoryWithEntityManagerClear(List<Item> items) {
                        int count = 0;
                        for (Item item : items) {
                            repository.save(item);
                            if (++count % BATCH == 0) {
                                jpa.flush();
                                em.clear();
                            }
                        }
                    }

                    void outerLoopFlushesAndClears(List<List<Item>> pages) {
                        for (List<Item> page : pages) {
                            for (Item item : page) {
                                em.persist(item);
                            }
                            em.flush();
                            em.clear();
                        }
                    }

                    void stateless(List<Item> items) {
                        try (StatelessSession stateless = sessionFactory.openStatelessSession()) {
                            for (Item item : items) {
                                stateless.insert(item);
                            }
                        }
                    }

                    void saveAllOutsideTheLoop(List<String> names) {
                        List<Item> items = new java.util.ArrayList<>();
                        for (String name : names) {
                            Item item = new Item();
                            item.setName(name);
                            items.add(item);
                        }
                        repository.saveAll(items);
                    }

                    void savedOnceNotInTheLoopBody(List<Item> items) {
                        for (Item item : repository.saveAll(items)) {
                            item.setName("saved");
                        }
                    }

                    void searchThatSavesWhatItFound(List<Item> items, String name) {
                        for (Item item : items) {
                            if (item != null) {
                                item.setName(name);
                                repository.save(item);
                                return;
                            }
                        }
                        for (Item item : items) {
                            if (item == null) {
                                em.persist(new Item());
                                break;
                            }
                        }
                        outer:
                        for (List<Item> page : List.of(items, items, items, items)) {
                            for (Item item : page) {
                                repository.save(item);
                                break outer;
                            }
                        }
                    }

                    List<Item> loadAll() {
                        return em.createQuery("select i from Item i", Item.class).getResultList();
                    }

                    void writesBackRowsOfOwnQueryMethod() {
                        for (Item item : loadAll()) {
                            item.setName("x");
                            em.merge(item);
                        }
                    }

                    void savesTheSameParentEveryTime(Item parent, List<Item> children) {
                        int done = 0;
                        for (Item child : children) {
                            done++;
                            if (done == children.size()) {
                                parent.setName("complete");
                                repository.save(parent);
                            }
                        }
                    }

                    void rowsLookedUpOneByOne(List<Long> ids) {
                        for (Long id : ids) {
                            Item item = repository.findById(id).orElseThrow();
                            item.setName("seen");
                            repository.save(item);
                        }
                        for (Long id : ids) {
                            Item found = em.find(Item.class, id);
                            em.merge(found);
                        }
                        for (Long id : ids) {
                            Item item = repository.findById(id).orElse(null);
                            repository.save(item);
                        }
                    }

                    void rowsFromEitherQuery(boolean all) {
                        List<Item> rows;
                        if (all) {
                            rows = repository.findAll();
                        } else {
                            rows = loadAll();
                        }
                        for (Item row : rows) {
                            row.setName("x");
                            repository.save(row);
                        }
                    }

                    void writesBackRowsItLoaded(String name) {
                        for (Item item : repository.findAll()) {
                            item.setName(name.trim());
                            repository.save(item);
                        }
                        em.createQuery("select i from Item i", Item.class).getResultStream().forEach(item -> {
                            item.setName(name);
                            em.merge(item);
                        });
                    }
                }
                """)
                .addSource("com/acme/SmallLoops.java", """
                package com.acme;

                import com.acme.domain.Item;
                import com.acme.repo.ItemRepository;
                import java.util.Arrays;
                import java.util.EnumSet;
                import java.util.List;
                import java.util.Set;
                import java.util.concurrent.TimeUnit;
                import java.util.stream.Stream;

                class SmallLoops {
                    private static final List<Item> DEFAULTS = List.of(new Item(), new Item());
                    private ItemRepository repository;

                    void listOf(Item a, Item b) {
                        for (Item item : List.of(a, b)) {
                            repository.save(item);
                        }
                        Set.of(a, b, a).forEach(repository::save);
                        Stream.of(a, b).forEach(item -> repository.save(item));
                        for (Item item : Arrays.asList(a, b)) {
                            repository.save(item);
                        }
                        List.of(a).forEach(repository::save);
                    }

                    void arrays(Item a, Item b) {
                        for (Item item : new Item[] {a, b}) {
                            repository.save(item);
                        }
                        Item[] pair = {a, b};
                        for (Item item : pair) {
                            repository.save(item);
                        }
                        var both = List.of(a, b);
                        both.forEach(repository::save);
                        DEFAULTS.forEach(repository::save);
                    }

                    void enums() {
                        for (Kind kind : Kind.values()) {
                            repository.save(new Item());
                        }
                        for (TimeUnit unit : TimeUnit.values()) {
                            repository.save(new Item());
                        }
                        for (Kind kind : EnumSet.allOf(Kind.class)) {
                            repository.save(new Item());
                        }
                    }

                    void fixedCount() {
                        for (int i = 0; i < 3; i++) {
                            repository.save(new Item());
                        }
                    }

                    enum Kind { A, B, C, D, E }
                }
                """)
                .addSource("com/acme/NotOrm.java", """
                package com.acme;

                import com.acme.domain.Item;
                import java.sql.Connection;
                import java.sql.PreparedStatement;
                import java.sql.SQLException;
                import java.util.List;
                import java.util.Map;

                class NotOrm {
                    interface FileStore {
                        void save(String path, byte[] content);
                    }

                    interface ItemStore {
                        Item save(Item item);
                    }

                    private FileStore files;
                    private ItemStore store;
                    private Map<String, Item> cache;

                    void files(List<String> paths) {
                        for (String path : paths) {
                            files.save(path, new byte[0]);
                        }
                    }

                    void ownRepositoryInterface(List<Item> items) {
                        for (Item item : items) {
                            store.save(item);
                        }
                    }

                    void jdbcBatch(Connection connection, List<String> names) throws SQLException {
                        try (PreparedStatement insert = connection.prepareStatement("insert into item(name) values (?)")) {
                            for (String name : names) {
                                insert.setString(1, name);
                                insert.addBatch();
                            }
                            insert.executeBatch();
                        }
                    }

                    void unknownReceiver(List<Item> items, Unknown unknown) {
                        for (Item item : items) {
                            unknown.save(item);
                            unknown.getSession().persist(item);
                        }
                    }
                }
                """).expectNoFindings();
    }

    @Test
    void suppressedOnTheMethod() {
        ScanResult result = tester.addSource("com/acme/Migration.java", """
                package com.acme;

                import com.acme.domain.Item;
                import com.acme.repo.ItemRepository;
                import java.util.List;

                class Migration {
                    private ItemRepository repository;

                    @SuppressWarnings("ormlint:EntityPersistLoop")
                    void oneOff(List<Item> items) {
                        for (Item item : items) {
                            repository.save(item);
                        }
                    }

                    void kept(List<Item> items) {
                        for (Item item : items) {
                            // BUG: Diagnostic contains: ItemRepository.save(..)
                            repository.save(item);
                        }
                    }
                }
                """).expectMarkedFindings();
        assertThat(result.findings()).singleElement().satisfies(f -> {
            assertThat(f.ruleId()).isEqualTo("EntityPersistLoop");
            assertThat(f.range().startColumn()).isEqualTo(13);
            assertThat(f.fixHint()).contains("flush() then clear() every N");
        });
    }

    private static final String GENERIC_STORE = """
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

                public List<T> getAll() {
                    return getSession().createQuery("from Item").list();
                }
            }
            """;
    private static final String STORE_INTERFACES = """
            package com.acme.store;

            import java.util.List;

            public interface GenericStore<T> {
                void save(T object);
                List<T> getAll();
            }
            """;

    /** #16: saves through a generic store behind an interface, and how large the loop is. */
    @Test
    void savesThroughProjectLayersAreReportedWithTheChainAndAtTheSizeTheLoopShows() {
        ScanResult result = tester
                .addSource("com/acme/store/HibernateGenericStore.java", GENERIC_STORE)
                .addSource("com/acme/store/GenericStore.java", STORE_INTERFACES)
                .addSource("com/acme/store/ItemStore.java", """
                        package com.acme.store;

                        import com.acme.domain.Item;

                        public interface ItemStore extends GenericStore<Item> {
                        }
                        """)
                .addSource("com/acme/store/HibernateItemStore.java", """
                        package com.acme.store;

                        import com.acme.domain.Item;

                        public class HibernateItemStore extends HibernateGenericStore<Item> implements ItemStore {
                        }
                        """)
                .addSource("com/acme/ItemImport.java", """
                        package com.acme;

                        import com.acme.domain.Item;
                        import com.acme.store.ItemStore;
                        import java.io.BufferedReader;
                        import java.util.Collection;
                        import java.util.List;

                        class ItemImport {
                            private ItemStore itemStore;

                            void importAll(BufferedReader reader) throws Exception {
                                String line;
                                while ((line = reader.readLine()) != null) {
                                    // BUG: Diagnostic contains: `itemStore.save(new Item(line))` -> HibernateGenericStore.save -> Session.save
                                    itemStore.save(new Item(line));
                                }
                            }

                            void saveEach(Collection<Item> items) {
                                // BUG: Diagnostic contains: the code here does not show
                                items.forEach(item -> itemStore.save(item));
                            }

                            void copyAll() {
                                for (Item item : itemStore.getAll()) {
                                    // BUG: Diagnostic contains: HibernateGenericStore.save -> Session.save
                                    itemStore.save(item.copy());
                                }
                            }

                            void touchAll() {
                                List<Item> items = itemStore.getAll();
                                for (Item item : items) {
                                    itemStore.save(item);
                                }
                            }
                        }
                        """)
                .expectMarkedFindings();
        assertThat(result.findings()).extracting(f -> f.range().startLine() + " " + f.severity())
                .containsExactly("16 WARNING", "22 INFO", "28 WARNING");
    }

    /** #16: an aggregate's own children, version bumps, merge to remove and chunk writers are not bulk loads. */
    @Test
    void loopsThatAreNotLargeStaySilent() {
        tester.addSource("com/acme/domain/Basket.java", """
                        package com.acme.domain;

                        import jakarta.persistence.Entity;
                        import java.util.List;

                        @Entity
                        public class Basket {
                            private List<Item> items;

                            public List<Item> getItems() {
                                return items;
                            }
                        }
                        """)
                .addSource("com/acme/NotLarge.java", """
                        package com.acme;

                        import com.acme.domain.Basket;
                        import com.acme.domain.Item;
                        import jakarta.persistence.EntityManager;
                        import java.util.List;
                        import org.springframework.batch.item.Chunk;

                        class NotLarge {
                            private EntityManager em;

                            void saveChildren(Basket basket) {
                                for (Item item : basket.getItems()) {
                                    em.persist(item);
                                }
                            }

                            void bumpVersions(List<Item> items) {
                                items.forEach(item -> {
                                    item.increaseVersion();
                                    em.merge(item);
                                });
                            }

                            void removeAll(List<Item> items) {
                                for (Item item : items) {
                                    Item merged = em.merge(item);
                                    em.remove(merged);
                                }
                                for (Item item : items) {
                                    em.remove(em.merge(item));
                                }
                            }

                            void write(Chunk<? extends Item> chunk) {
                                for (Item item : chunk) {
                                    em.merge(item);
                                }
                            }

                            void writeAndClear(List<Item> items) {
                                for (Item item : items) {
                                    em.persist(item);
                                }
                                em.flush();
                                em.clear();
                            }
                        }
                        """)
                .expectNoFindings();
    }

    /** #16: a project object's own collection, test fixtures of unknown size, rows saved back by reference. */
    @Test
    void ownCollectionsFixturesAndRowsSavedBackStaySilent() {
        tester.addSource("com/acme/domain/Visualization.java", """
                        package com.acme.domain;

                        import java.util.List;

                        public class Visualization {
                            private List<Item> dimensions;

                            public List<Item> getDimensions() {
                                return dimensions;
                            }
                        }
                        """)
                .addSource("com/acme/Dimensions.java", """
                        package com.acme;

                        import com.acme.domain.Item;
                        import com.acme.domain.Visualization;
                        import com.acme.repo.ItemRepository;
                        import jakarta.persistence.EntityManager;

                        class Dimensions {
                            private EntityManager em;
                            private ItemRepository repository;

                            void importDimensions(Visualization visualization) {
                                for (Item dimension : visualization.getDimensions()) {
                                    em.persist(dimension);
                                }
                            }

                            void saveBack() {
                                repository.findAll().stream().filter(item -> item != null).forEach(repository::save);
                            }
                        }
                        """)
                .addSource("src/test/java/com/acme/ItemFixtures.java", """
                        package com.acme;

                        import com.acme.domain.Item;
                        import jakarta.persistence.EntityManager;

                        class ItemFixtures {
                            private EntityManager em;

                            void create(int count) {
                                for (int i = 0; i < count; i++) {
                                    em.persist(new Item());
                                }
                            }
                        }
                        """)
                .expectNoFindings();
    }

    /** #16: LibrePlan and dhis2 map their entities in hbm.xml, JPA projects may in orm.xml; an aggregate's children are few. */
    @Test
    void childrenOfEntitiesMappedInMappingFilesAreSmall() {
        String aggregate = """
                package com.acme.domain;

                import java.util.List;

                public class %s {
                    public List<Item> getLinesFromBottomToTop() {
                        return List.of();
                    }
                }
                """;
        tester.addSource("com/acme/domain/Order.java", aggregate.formatted("Order"))
                .addSource("com/acme/domain/Invoice.java", aggregate.formatted("Invoice"))
                .addSource("com/acme/domain/Report.java", aggregate.formatted("Report"))
                .addSource("src/main/resources/com/acme/domain/Order.hbm.xml", """
                        <?xml version="1.0"?>
                        <!DOCTYPE hibernate-mapping PUBLIC "-//Hibernate/Hibernate Mapping DTD 3.0//EN"
                                "http://www.hibernate.org/dtd/hibernate-mapping-3.0.dtd">
                        <hibernate-mapping package="com.acme.domain">
                            <class name="Order" table="orders">
                                <id name="id"><generator class="native"/></id>
                            </class>
                        </hibernate-mapping>
                        """)
                .addSource("src/main/resources/META-INF/orm.xml", """
                        <entity-mappings xmlns="https://jakarta.ee/xml/ns/persistence/orm" version="3.1">
                            <entity class="com.acme.domain.Invoice"/>
                        </entity-mappings>
                        """)
                .addSource("com/acme/Saves.java", """
                        package com.acme;

                        import com.acme.domain.Item;
                        import com.acme.domain.Invoice;
                        import com.acme.domain.Order;
                        import com.acme.domain.Report;
                        import jakarta.persistence.EntityManager;

                        class Saves {
                            private EntityManager em;

                            void saveOrder(Order order) {
                                for (Item line : order.getLinesFromBottomToTop()) {
                                    em.persist(line);
                                }
                            }

                            void saveInvoice(Invoice invoice) {
                                for (Item line : invoice.getLinesFromBottomToTop()) {
                                    em.persist(line);
                                }
                            }

                            void saveReport(Report report) {
                                for (Item line : report.getLinesFromBottomToTop()) {
                                    // BUG: Diagnostic contains: the code here does not show
                                    em.persist(line);
                                }
                            }
                        }
                        """)
                .expectMarkedFindings();
    }

    /** #16: LibrePlan's models reattach what a screen shows inside read-only transactions, which Spring never flushes. */
    @Test
    void savesInReadOnlyTransactionsWriteNothing() {
        tester.addSource("com/acme/Screens.java", """
                        package com.acme;

                        import com.acme.domain.Item;
                        import java.util.List;
                        import org.hibernate.Session;
                        import org.springframework.transaction.annotation.Transactional;

                        class Screens {
                            private Session session;

                            @Transactional(readOnly = true)
                            public void filter(List<Item> shown) {
                                for (Item item : shown) {
                                    session.saveOrUpdate(item);
                                }
                                reattachAll(shown);
                            }

                            @Transactional(readOnly = true)
                            public void sort(List<Item> shown) {
                                reattachAll(shown);
                            }

                            private void reattachAll(List<Item> items) {
                                for (Item item : items) {
                                    session.saveOrUpdate(item);
                                }
                            }

                            @Transactional(readOnly = true)
                            public void show(List<Item> shown) {
                                reattachOrSave(shown);
                            }

                            @Transactional
                            public void store(List<Item> edited) {
                                reattachOrSave(edited);
                            }

                            private void reattachOrSave(List<Item> items) {
                                for (Item item : items) {
                                    // BUG: Diagnostic contains: the code here does not show
                                    session.saveOrUpdate(item);
                                }
                            }
                        }
                        """)
                .addSource("com/acme/ReadOnlyService.java", """
                        package com.acme;

                        import com.acme.domain.Item;
                        import java.util.List;
                        import org.hibernate.Session;
                        import org.springframework.transaction.annotation.Transactional;

                        @Transactional(readOnly = true)
                        class ReadOnlyService {
                            private Session session;

                            public void reattach(List<Item> items) {
                                items.forEach(session::saveOrUpdate);
                            }

                            @Transactional
                            public void save(List<Item> items) {
                                // BUG: Diagnostic contains: the code here does not show
                                items.forEach(session::saveOrUpdate);
                            }
                        }
                        """)
                .expectMarkedFindings();
    }

    /** #16: dhis2's and LibrePlan's loops whose size the code does fix, however it writes it. */
    @Test
    void sizesTheCodeFixesStaySilent() {
        tester.addSource("com/acme/domain/Node.java", """
                        package com.acme.domain;

                        import java.util.Set;

                        @jakarta.persistence.Entity
                        public class Node {
                            public Node getParent() {
                                return null;
                            }

                            public Set<Node> getChildren() {
                                return Set.of();
                            }

                            public Item getItem() {
                                return null;
                            }
                        }
                        """)
                .addSource("com/acme/Fixed.java", """
                        package com.acme;

                        import com.acme.domain.Item;
                        import com.acme.domain.Node;
                        import com.acme.repo.ItemRepository;
                        import jakarta.persistence.EntityManager;
                        import java.util.HashSet;
                        import java.util.List;
                        import java.util.Set;
                        import java.util.function.Function;

                        class Fixed {
                            private static final Set<String> DEFAULT_NAMES = Set.of("a", "b", "c", "d", "e", "f", "g");
                            private EntityManager em;
                            private ItemRepository repository;
                            private List<Item> loaded;
                            private List<Item> handedIn;
                            private final List<Item> shown = new java.util.ArrayList<>();

                            void load() {
                                loaded = repository.findAll();
                            }

                            void setHandedIn(List<Item> items) {
                                this.handedIn = items;
                            }

                            void defaults() {
                                for (String name : DEFAULT_NAMES) {
                                    Item item = new Item();
                                    item.setName(name);
                                    em.persist(item);
                                }
                            }

                            void upTheTree(Node node) {
                                Node parent = node;
                                while (parent != null) {
                                    em.merge(parent);
                                    parent = parent.getParent();
                                }
                            }

                            void copies(Node original) {
                                Set<Node> copies = copySet(original.getChildren(), n -> n);
                                copies.forEach(em::persist);
                            }

                            void loadedRowsSavedBack() {
                                for (Item item : loaded) {
                                    repository.save(item);
                                }
                            }

                            void itemsOfLoadedNodes() {
                                for (Node node : em.createQuery("from Node", Node.class).getResultList()) {
                                    em.merge(node.getItem());
                                }
                            }

                            void handedInByAnyone() {
                                for (Item item : handedIn) {
                                    // BUG: Diagnostic contains: the code here does not show
                                    em.persist(item);
                                }
                            }

                            void ownRows() {
                                for (Item item : shown) {
                                    em.merge(item);
                                }
                            }

                            private static <T> Set<T> copySet(Set<T> source, Function<T, T> copy) {
                                Set<T> out = new HashSet<>();
                                source.forEach(s -> out.add(copy.apply(s)));
                                return out;
                            }
                        }
                        """)
                .expectMarkedFindings();
    }

    /** #16: syncope's repository merges what its own findAll returned through a filtered stream. */
    @Test
    void rowsOfAProjectFinderThroughStreamStepsAreSavedBack() {
        tester.addSource("com/acme/ItemRepoExt.java", """
                        package com.acme;

                        import com.acme.domain.Item;
                        import jakarta.persistence.EntityManager;
                        import java.util.List;

                        class ItemRepoExt {
                            private EntityManager entityManager;

                            public List<Item> findAll(boolean allowed) {
                                if (!allowed) {
                                    return List.of();
                                }
                                return entityManager.createQuery("select e from Item e", Item.class).getResultList().stream()
                                        .filter(item -> item != null).toList();
                            }

                            public void renameAll() {
                                findAll(true).forEach(item -> {
                                    item.setName("x");
                                    entityManager.merge(item);
                                });
                            }
                        }
                        """)
                .expectNoFindings();
    }
}
