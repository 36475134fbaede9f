import csv
import json

import requests
from sqlalchemy import select, text
from sqlalchemy.orm import DeclarativeBase, Mapped, Session, mapped_column

from app.db import SessionLocal


class Base(DeclarativeBase):
    pass


class Item(Base):
    __tablename__ = "item"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str]


def from_csv(path, engine):
    with open(path) as f, Session(engine) as session:
        for row in csv.DictReader(f):
            # BUG: Diagnostic contains: session.add(..) saves one Item per row of a file
            session.add(Item(name=row["name"]))
        session.commit()


def from_file_lines(path):
    session = SessionLocal()
    with open(path) as f:
        for line in f:
            item = Item(name=line.strip())
            # BUG: Diagnostic contains: session.add(..) saves one Item per row of a file
            session.add(item)
    session.commit()


def from_query_rows(session: Session):
    for (name,) in session.execute(text("select name from staging_item")):
        # BUG: Diagnostic contains: session.merge(..) saves one Item per row of a query
        session.merge(Item(name=name))
    session.commit()


def from_query_rows_in_a_variable(session: Session, source: Session):
    rows = source.execute(select(Item.name)).all()
    for row in rows:
        if row.name:
            # BUG: Diagnostic contains: per row of a query
            session.add(Item(name=row.name))
    session.commit()


def from_an_api_page(session: Session):
    page = requests.get("https://api.example.com/items").json()
    for entry in page["items"]:
        # BUG: Diagnostic contains: per row of an API response
        session.add(Item(name=entry["name"]))
    session.commit()


def from_a_range_over_a_count(session: Session, count: int):
    for i in range(count):
        # BUG: Diagnostic contains: per iteration of a range over a count
        session.add(Item(name=f"item-{i}"))
    session.commit()


def from_a_json_file(session: Session, path):
    with open(path) as f:
        for entry in json.load(f):
            # BUG: Diagnostic contains: per row of a file
            session.add(Item(name=entry["name"]))
    session.commit()


def committing_every_row_is_still_one_insert_per_row(session: Session, path):
    with open(path) as f:
        for row in csv.reader(f):
            # BUG: Diagnostic contains: one INSERT per row
            session.add(Item(name=row[0]))
            session.commit()


def add_all_of_a_list_built_from_rows(session: Session, path):
    with open(path) as f:
        # BUG: Diagnostic contains: session.add_all(..) saves one Item per row of a file
        session.add_all([Item(name=row["name"]) for row in csv.DictReader(f)])
    session.commit()


def add_all_of_a_list_appended_in_a_loop(session: Session, path):
    items = []
    with open(path) as f:
        for row in csv.DictReader(f):
            items.append(Item(name=row["name"]))
    # BUG: Diagnostic contains: session.add_all(..) saves one Item per row of a file
    session.add_all(items)
    session.commit()
