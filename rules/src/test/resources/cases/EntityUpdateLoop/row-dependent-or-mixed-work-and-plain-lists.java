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

    void conditionalOnWhatSqlCannotSay() {
        for (Ticket t : open()) {
            if (isUrgent(t)) {
                t.setStatus(Ticket.Status.CLOSED);
            }
        }
    }

    boolean isUrgent(Ticket t) {
        return t.getPriority() > 3;
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
