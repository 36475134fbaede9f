import sqlalchemy as sa
from sqlalchemy import select
from sqlalchemy.orm import DeclarativeBase, Mapped, Session, mapped_column


class Base(DeclarativeBase):
    pass


class User(Base):
    __tablename__ = "user_account"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str]


def all_on_a_select(session: Session):
    # BUG: Diagnostic contains: .all() on a select() statement raises AttributeError
    return select(User).where(User.name.like("a%")).all()


def first_on_a_statement_variable(session: Session, name):
    stmt = select(User).filter_by(name=name)
    # BUG: Diagnostic contains: .first() on a select() statement raises AttributeError: 'Select' object has no attribute 'first'
    return stmt.first()


def scalars_through_a_module_alias(session: Session):
    # BUG: Diagnostic contains: session.scalars(stmt)
    return sa.select(User.id).scalars()


def one_on_a_chain(session: Session, user_id):
    # BUG: Diagnostic contains: .one() on a select() statement
    return select(User).where(User.id == user_id).limit(1).one()


def fetchall_on_a_core_select(session: Session):
    # BUG: Diagnostic contains: .fetchall() on a select() statement
    return select(User.__table__).fetchall()
