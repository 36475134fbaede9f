from sqlalchemy import Column, ForeignKey, Integer, MetaData, Table, select
from sqlalchemy.orm import DeclarativeBase, Mapped, joinedload, mapped_column, relationship, selectinload

metadata = MetaData()

order_totals = Table("order_totals", metadata, Column("customer_id", Integer, primary_key=True))


class Base(DeclarativeBase):
    pass


class Customer(Base):
    __tablename__ = "customer"
    id: Mapped[int] = mapped_column(primary_key=True)
    orders: Mapped[list["Order"]] = relationship()


class Order(Base):
    __tablename__ = "purchase_order"
    id: Mapped[int] = mapped_column(primary_key=True)
    customer_id: Mapped[int] = mapped_column(ForeignKey("customer.id"))


def entity_select(session):
    return session.scalars(select(Customer).options(selectinload(Customer.orders))).all()


def entity_joined_to_a_table(session):
    stmt = select(Customer).join(order_totals, order_totals.c.customer_id == Customer.id)
    return session.scalars(stmt.options(joinedload(Customer.orders))).unique().all()


def table_select_without_options(session):
    return session.execute(select(order_totals).where(order_totals.c.customer_id == 1)).all()


def unknown_selectable(session, selectable):
    return session.execute(select(selectable).options(selectinload(Customer.orders))).all()


def options_of_something_else(table, request):
    return request.options(selectinload(Customer.orders))
