package dev.ormlint.errorprone.testdomain;

import javax.persistence.Id;
import javax.persistence.MappedSuperclass;

/** A generic identifier declared once: a property whose type only the subclass's type argument gives. */
@MappedSuperclass
public abstract class BaseEntity<K> {

    @Id
    private K key;
}
