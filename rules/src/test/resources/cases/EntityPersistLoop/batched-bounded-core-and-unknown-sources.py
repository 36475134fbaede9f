import csv

from sqlalchemy import insert, select
from sqlalchemy.orm import DeclarativeBase, Mapped, Session, mapped_column


class Base(DeclarativeBase):
    pass


class Item(Base):
    __tablename__ = "item"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str]


class Tag(Base):
    __tablename__ = "tag"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str]


def flushed_and_expunged_every_batch(session: Session, path):
    with open(path) as f:
        for i, row in enumerate(csv.DictReader(f)):
            session.add(Item(name=row["name"]))
            if i % 1000 == 0:
                session.flush()
                session.expunge_all()
    session.commit()


def committed_and_expunged_every_batch(session: Session, path):
    with open(path) as f:
        for i, row in enumerate(csv.DictReader(f)):
            session.add(Item(name=row["name"]))
            if i % 1000 == 0:
                session.commit()
                session.expunge_all()
    session.commit()


def core_executemany(session: Session, path):
    with open(path) as f:
        rows = [{"name": row["name"]} for row in csv.DictReader(f)]
    session.execute(insert(Item), rows)
    session.commit()


def a_literal_handful(session: Session):
    for name in ("news", "release", "howto"):
        session.add(Tag(name=name))
    session.add_all([Tag(name="a"), Tag(name="b")])
    for i in range(3):
        session.add(Tag(name=f"tier-{i}"))
    session.commit()


def rows_the_query_loaded_are_already_in_the_session(session: Session):
    for item in session.scalars(select(Item)):
        item.name = item.name.strip()
        session.add(item)
    session.commit()


def the_same_object_every_time(session: Session, path, parent: Item):
    with open(path) as f:
        for row in csv.DictReader(f):
            parent.name = row["name"]
            session.add(parent)
    session.commit()


def a_list_the_caller_passed(session: Session, items: list[Item]):
    # Its size is the caller's business: the rule cannot know it is large.
    for item in items:
        session.add(item)
    session.commit()


def one_entitys_own_children(session: Session, order):
    for line in order.lines:
        session.add(Item(name=line.sku))
    session.commit()


def not_a_session(cache, path):
    with open(path) as f:
        for row in csv.DictReader(f):
            cache.add(Item(name=row["name"]))


def a_search_that_saves_what_it_found(session: Session, path):
    with open(path) as f:
        for row in csv.DictReader(f):
            if row["primary"] == "yes":
                session.add(Item(name=row["name"]))
                break
    session.commit()
