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
