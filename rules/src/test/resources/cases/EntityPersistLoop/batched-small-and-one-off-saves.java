package com.acme;

import java.util.List;
import javax.persistence.Entity;
import javax.persistence.EntityManager;

@Entity
class Item {
    Item parent;
}

class CarefulImporter {
    private EntityManager em;

    void flushedAndClearedEveryFiftyRows(List<Item> items) {
        int count = 0;
        for (Item item : items) {
            em.persist(item);
            if (++count % 50 == 0) {
                em.flush();
                em.clear();
            }
        }
    }

    void fewLiteralElements(Item first, Item second) {
        for (Item item : List.of(first, second)) {
            em.persist(item);
        }
    }

    void savedOnceAfterTheLoop(List<Item> children, Item parent) {
        for (Item child : children) {
            child.parent = parent;
        }
        em.persist(parent);
    }

    void sameObjectEveryIteration(List<Item> children, Item parent) {
        for (Item child : children) {
            em.merge(parent);
        }
    }

    Item firstMatch(List<Item> items) {
        for (Item item : items) {
            if (item.parent == null) {
                em.persist(item);
                return item;
            }
        }
        return null;
    }

    void lookalike(List<Item> items, List<Item> saved) {
        for (Item item : items) {
            saved.add(item);
        }
    }
}
