from datetime import datetime, timezone

from flask_sqlalchemy import SQLAlchemy
from sqlalchemy import select
from sqlalchemy.orm import DeclarativeBase, Mapped, Session, mapped_column

db = SQLAlchemy()


class Base(DeclarativeBase):
    pass


class Ticket(Base):
    __tablename__ = "ticket"
    id: Mapped[int] = mapped_column(primary_key=True)
    status: Mapped[str]
    assignee: Mapped[str | None]
    closed_at: Mapped[datetime | None]


class Post(db.Model):
    id = db.Column(db.Integer, primary_key=True)
    published = db.Column(db.Boolean)


def close_stale(session: Session):
    for ticket in session.scalars(select(Ticket).where(Ticket.status == "stale")):
        # BUG: Diagnostic contains: sets the same value on every Ticket the query loaded
        ticket.status = "closed"
    session.commit()


def close_stale_with_a_timestamp_taken_once(session: Session):
    now = datetime.now(timezone.utc)
    tickets = session.execute(select(Ticket).where(Ticket.status == "stale")).scalars().all()
    for ticket in tickets:
        # BUG: Diagnostic contains: one UPDATE per row
        ticket.status = "closed"
        ticket.closed_at = now
        session.add(ticket)
    session.commit()


def unassign(session: Session, user):
    for ticket in session.query(Ticket).filter(Ticket.assignee == user.name).all():
        # BUG: Diagnostic contains: update(Ticket).where(...).values(...)
        ticket.assignee = None
    session.commit()


def unpublish_everything():
    for post in Post.query.filter_by(published=True):
        # BUG: Diagnostic contains: sets the same value on every Post the query loaded
        post.published = False
    db.session.commit()
