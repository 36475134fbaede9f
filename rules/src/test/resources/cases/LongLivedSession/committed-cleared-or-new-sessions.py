from sqlalchemy.orm import DeclarativeBase, Mapped, Session, mapped_column, sessionmaker

SessionLocal = sessionmaker()


class Base(DeclarativeBase):
    pass


class Event(Base):
    __tablename__ = "event"
    id: Mapped[int] = mapped_column(primary_key=True)
    body: Mapped[str]


def committed_and_not_referenced(consumer):
    # The identity map holds persistent objects weakly: committed objects nothing references are freed.
    session = SessionLocal()
    for message in consumer:
        session.add(Event(body=message.value))
        session.commit()


def new_session_per_message(queue):
    while True:
        with SessionLocal() as session, session.begin():
            session.add(Event(body=queue.get()))


def expunged_every_batch(queue):
    session = SessionLocal()
    batch = []
    while True:
        event = Event(body=queue.get())
        session.add(event)
        batch.append(event)
        if len(batch) >= 500:
            session.commit()
            session.expunge_all()
            batch.clear()


def closed_every_iteration(queue):
    session = SessionLocal()
    while True:
        session.add(Event(body=queue.get()))
        session.commit()
        session.close()


def a_bounded_loop(session: Session, rows: list[str]):
    pending = []
    for row in rows:
        event = Event(body=row)
        session.add(event)
        pending.append(event)
    session.commit()


def a_list_local_to_the_iteration(consumer):
    session = SessionLocal()
    for message in consumer:
        batch = [Event(body=part) for part in message.value.split(",")]
        session.add_all(batch)
        session.commit()


def loop_that_ends(queue):
    session = SessionLocal()
    while True:
        message = queue.get()
        if message is None:
            break
        session.add(Event(body=message))
    session.commit()
