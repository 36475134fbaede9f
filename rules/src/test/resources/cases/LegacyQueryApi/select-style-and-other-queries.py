from flask import request
from flask_sqlalchemy import SQLAlchemy
from sqlalchemy import select
from sqlalchemy.orm import DeclarativeBase, Mapped, Session, mapped_column

db = SQLAlchemy()


class Base(DeclarativeBase):
    pass


class User(Base):
    __tablename__ = "user_account"
    id: Mapped[int] = mapped_column(primary_key=True)


class Post(db.Model):
    id = db.Column(db.Integer, primary_key=True)


def select_style(session: Session):
    return session.scalars(select(User)).all()


def flask_select_style():
    return db.session.execute(db.select(Post)).scalars().all()


def the_request_query_string():
    return request.query_string


def a_search_client(es):
    return es.query(index="posts", body={"match_all": {}})


def a_plain_class_with_query():
    class Search:
        query = "title:a"

    return Search.query
