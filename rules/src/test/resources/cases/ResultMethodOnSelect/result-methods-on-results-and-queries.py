import re

from sqlalchemy import select
from sqlalchemy.orm import DeclarativeBase, Mapped, Session, mapped_column


class Base(DeclarativeBase):
    pass


class User(Base):
    __tablename__ = "user_account"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str]


def on_the_result(session: Session):
    return session.execute(select(User)).scalars().all()


def on_scalars(session: Session):
    stmt = select(User).where(User.name == "a")
    return session.scalars(stmt).first()


def on_a_legacy_query(session: Session):
    return session.query(User).filter(User.name == "a").all()


def statement_methods_that_exist():
    stmt = select(User.id)
    return stmt.scalar_subquery(), stmt.subquery().c.id, stmt.exists()


def a_result_reassigned_over_the_statement(session: Session):
    stmt = select(User)
    stmt = session.execute(stmt)
    return stmt.all()


def someone_elses_select(selector, pattern):
    return selector.select(re.compile(pattern)).all()
