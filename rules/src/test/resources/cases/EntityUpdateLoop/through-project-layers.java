package com.acme;

import java.util.List;
import org.hibernate.Session;

abstract class GenericDao<T> {
    protected Session session;
    protected Class<T> type;

    List<T> findWhere(String hql) {
        return session.createQuery(hql, type).getResultList();
    }

    void update(T entity) {
        session.update(entity);
    }

    void audit(T entity) {
        System.out.println(entity);
    }
}

class TicketDao extends GenericDao<Ticket> {
    List<Ticket> findOpen() {
        return findWhere("from Ticket where status = 'OPEN'");
    }
}

class Closing {
    private TicketDao tickets;

    void closeAll() {
        for (Ticket t : tickets.findOpen()) {
            // BUG: Diagnostic contains: Sets the same values on every Ticket loaded by `tickets.findOpen()`
            t.setStatus(Ticket.Status.CLOSED);
            tickets.update(t);
        }
    }

    void closeUrgent(int level) {
        List<Ticket> open = tickets.findOpen();
        open.forEach(t -> {
            if (t.getPriority() > level) {
                // BUG: Diagnostic contains: one UPDATE per row
                t.setStatus(Ticket.Status.CLOSED);
                tickets.update(t);
            }
        });
    }

    void closeWithAudit() {
        for (Ticket t : tickets.findOpen()) {
            t.setStatus(Ticket.Status.CLOSED);
            tickets.audit(t);
        }
    }

    void closeOrBump() {
        for (Ticket t : tickets.findOpen()) {
            if (t.getPriority() > 3) {
                t.setStatus(Ticket.Status.CLOSED);
            } else {
                t.setPriority(5);
            }
        }
    }

    void closeWhereAServiceSays(Policy policy) {
        for (Ticket t : tickets.findOpen()) {
            if (policy.mayClose(t)) {
                t.setStatus(Ticket.Status.CLOSED);
            }
        }
    }

    void bumpEach() {
        for (Ticket t : tickets.findOpen()) {
            t.setPriority(t.getPriority() + 1);
            tickets.update(t);
        }
    }

    interface Policy {
        boolean mayClose(Ticket ticket);
    }
}
