package com.acme;

import java.util.List;
import javax.persistence.Entity;
import javax.persistence.EntityManager;
import org.hibernate.Session;
import org.springframework.data.jpa.repository.JpaRepository;

@Entity
class Item {
}

interface ItemRepository extends JpaRepository<Item, Long> {
}

class ItemImporter {
    private Session session;
    private EntityManager em;
    private ItemRepository repository;

    void hibernate(List<Item> items) {
        for (int i = 0; i < items.size(); i++) {
            // BUG: Diagnostic contains: Session.save(..) saves one Item per loop iteration with no flush()+clear() batching: one INSERT per row
            session.save(items.get(i));
        }
    }

    void jpa(List<Item> items) {
        items.forEach(item -> {
            // BUG: Diagnostic contains: EntityManager.merge(..) saves one Item per loop iteration with no flush()+clear() batching: one INSERT or UPDATE per row
            em.merge(item);
        });
    }

    void springData(List<Item> items, List<List<Item>> pages) {
        for (Item item : items) {
            // BUG: Diagnostic contains: ItemRepository.save(..) saves one Item per loop iteration
            repository.save(item);
        }
        for (List<Item> page : pages) {
            // BUG: Diagnostic contains: ItemRepository.saveAll(..) saves a batch of Item entities
            repository.saveAll(page);
        }
    }
}
