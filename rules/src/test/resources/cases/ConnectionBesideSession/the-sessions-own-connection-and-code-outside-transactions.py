from sqlalchemy import create_engine, text
from sqlalchemy.ext.asyncio import AsyncSession, create_async_engine
from sqlalchemy.orm import Session

engine = create_engine("postgresql://app@db/app", pool_pre_ping=True, pool_recycle=1800)
async_engine = create_async_engine("postgresql+asyncpg://app@db/app", pool_pre_ping=True, pool_recycle=1800)


def the_sessions_own_connection():
    with Session(engine) as session, session.begin():
        session.execute(text("update account set frozen = true"))
        conn = session.connection()
        conn.execute(text("insert into audit(event) values ('freeze')"))


async def the_async_sessions_own_connection(session: AsyncSession):
    async with session.begin():
        conn = await session.connection()
        await conn.execute(text("insert into audit(event) values ('freeze')"))


def after_the_transaction_ended():
    with Session(engine) as session, session.begin():
        session.execute(text("update account set frozen = true"))
    with engine.connect() as conn:
        conn.execute(text("vacuum account"))


def after_commit(session: Session):
    session.execute(text("update account set frozen = true"))
    session.commit()
    with engine.connect() as conn:
        conn.execute(text("vacuum account"))


def before_the_session_is_used(session: Session):
    with engine.connect() as conn:
        rows = conn.execute(text("select id from account")).all()
    session.execute(text("update account set frozen = true"))
    session.commit()


def a_session_bound_to_the_connection():
    with engine.connect() as conn:
        with Session(bind=conn) as session:
            session.execute(text("update account set frozen = true"))
            session.commit()
        conn.commit()


def connect_on_something_else(session: Session, socket):
    with session.begin():
        session.execute(text("update account set frozen = true"))
        socket.connect()
