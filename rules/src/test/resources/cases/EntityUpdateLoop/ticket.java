package com.acme;

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
