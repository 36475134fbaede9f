package com.acme;

import com.acme.model.Item;
import com.acme.repo.ItemRepository;
import java.util.List;

class ItemImporter {
    private ItemRepository repository;

    void importAll(List<Item> items) {
        for (Item item : items) {
            // BUG: Diagnostic contains: ItemRepository.save(..) saves one Item per loop iteration
            repository.save(item);
        }
    }
}
