import json

from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker, create_async_engine
from sqlalchemy.orm import DeclarativeBase, Mapped, Session, mapped_column, sessionmaker

SessionLocal = sessionmaker()
AsyncSessionLocal = async_sessionmaker(create_async_engine("postgresql+asyncpg://app@db/app"), expire_on_commit=False)


class Base(DeclarativeBase):
    pass


class Event(Base):
    __tablename__ = "event"
    id: Mapped[int] = mapped_column(primary_key=True)
    body: Mapped[str]


def never_committed(queue):
    session = SessionLocal()
    # BUG: Diagnostic contains: session is used across this unbounded loop and keeps every object it adds
    while True:
        message = queue.get()
        session.add(Event(body=message))


def kept_referenced(consumer):
    session = SessionLocal()
    seen = []
    # BUG: Diagnostic contains: keeps a reference to each object in seen, which outlives the iteration
    for message in consumer:
        event = Event(body=message.value)
        session.add(event)
        session.commit()
        seen.append(event)


def kept_in_a_dict(consumer):
    session = SessionLocal()
    by_key = {}
    # BUG: Diagnostic contains: keeps a reference to each object in by_key
    for message in consumer:
        event = Event(body=message.value)
        session.add(event)
        session.commit()
        by_key[message.key] = event


async def async_never_committed(stream):
    async with AsyncSessionLocal() as session:
        # BUG: Diagnostic contains: keeps every object it adds
        async for event in stream:
            session.add(Event(body=json.dumps(event)))


def parameter_session(session: Session, queue):
    # BUG: Diagnostic contains: unbounded loop
    while True:
        session.add(Event(body=queue.get()))
