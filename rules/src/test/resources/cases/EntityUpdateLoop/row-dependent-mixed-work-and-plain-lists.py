from datetime import datetime, timezone

from sqlalchemy import select, update
from sqlalchemy.orm import DeclarativeBase, Mapped, Session, mapped_column


class Base(DeclarativeBase):
    pass


class Ticket(Base):
    __tablename__ = "ticket"
    id: Mapped[int] = mapped_column(primary_key=True)
    status: Mapped[str]
    title: Mapped[str]
    closed_at: Mapped[datetime | None]


def row_dependent_value(session: Session):
    for ticket in session.scalars(select(Ticket)):
        ticket.title = ticket.title.strip()
    session.commit()


def a_value_computed_per_row(session: Session):
    for ticket in session.scalars(select(Ticket).where(Ticket.status == "stale")):
        ticket.closed_at = datetime.now(timezone.utc)
    session.commit()


def other_work_per_row(session: Session, mailer):
    for ticket in session.scalars(select(Ticket).where(Ticket.status == "stale")):
        ticket.status = "closed"
        mailer.send(ticket.id)
    session.commit()


def a_branch_per_row(session: Session):
    for ticket in session.scalars(select(Ticket)):
        if ticket.closed_at:
            ticket.status = "closed"
    session.commit()


def already_set_based(session: Session):
    session.execute(update(Ticket).where(Ticket.status == "stale").values(status="closed"))
    session.commit()


def objects_not_loaded_by_a_query(tickets: list[Ticket]):
    for ticket in tickets:
        ticket.status = "closed"


def a_counter_is_not_the_same_value(session: Session):
    position = 0
    for ticket in session.scalars(select(Ticket)):
        position += 1
        ticket.title = f"#{position}"
    session.commit()
