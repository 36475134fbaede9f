import sqlalchemy as sa
from sqlalchemy import Column, ForeignKey, Integer, MetaData, Table, select
from sqlalchemy.orm import DeclarativeBase, Mapped, joinedload, mapped_column, relationship, selectinload
from sqlalchemy.orm import load_only as only

metadata = MetaData()

order_totals = Table(
    "order_totals",
    metadata,
    Column("customer_id", Integer, ForeignKey("customer.id"), primary_key=True),
    Column("total", Integer),
)


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
    customer: Mapped[Customer] = relationship()


orders_table = Order.__table__


def table_select(session):
    # BUG: Diagnostic contains: selectinload(..) on a select of the Core table order_totals is ignored
    return session.execute(select(order_totals).options(selectinload(Customer.orders))).all()


def the_table_of_a_mapped_class(session):
    # BUG: Diagnostic contains: joinedload(..) on a select of the Core table orders_table is ignored
    stmt = select(orders_table).where(orders_table.c.id > 10).options(joinedload(Order.customer))
    return session.execute(stmt).all()


def columns_of_a_table(session):
    # BUG: Diagnostic contains: without error or warning
    stmt = sa.select(order_totals.c.customer_id, order_totals.c.total).options(only(Customer.id))
    return session.execute(stmt).all()


def the_table_attribute_inline(session):
    # BUG: Diagnostic contains: on a select of the Core table Order.__table__
    return session.execute(select(Order.__table__).options(selectinload(Order.customer))).all()


def a_statement_built_in_steps(session):
    stmt = select(order_totals)
    stmt = stmt.where(order_totals.c.total > 100)
    # BUG: Diagnostic contains: selectinload(..) on a select of the Core table order_totals
    return session.execute(stmt.options(selectinload(Customer.orders))).all()
