from sqlalchemy import create_engine, text
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker, create_async_engine
from sqlalchemy.orm import Session, sessionmaker

engine = create_engine("postgresql://app@db/app", pool_pre_ping=True, pool_recycle=1800)
async_engine = create_async_engine("postgresql+asyncpg://app@db/app", pool_pre_ping=True, pool_recycle=1800)
SessionLocal = sessionmaker(engine)
AsyncSessionLocal = async_sessionmaker(async_engine, expire_on_commit=False)


def inside_a_begin_block():
    with Session(engine) as session, session.begin():
        session.execute(text("update account set frozen = true"))
        # BUG: Diagnostic contains: engine.connect() opens a second connection while the session's transaction is open
        with engine.connect() as conn:
            conn.execute(text("insert into audit(event) values ('freeze')"))
            conn.commit()


def factory_begin():
    with SessionLocal.begin() as session:
        session.execute(text("delete from cart"))
        # BUG: Diagnostic contains: engine.begin() opens a second connection
        with engine.begin() as conn:
            conn.execute(text("delete from cart_line"))


def after_a_write_before_commit(session: Session):
    session.execute(text("update account set frozen = true"))
    # BUG: Diagnostic contains: engine.raw_connection() opens a second connection
    raw = engine.raw_connection()
    try:
        raw.cursor().execute("notify accounts")
    finally:
        raw.close()
    session.commit()


async def async_inside_begin(session: AsyncSession):
    async with session.begin():
        await session.execute(text("update account set frozen = true"))
        # BUG: Diagnostic contains: async_engine.connect() opens a second connection
        async with async_engine.connect() as conn:
            await conn.execute(text("insert into audit(event) values ('freeze')"))


async def async_factory_begin():
    async with AsyncSessionLocal.begin() as session:
        await session.execute(text("delete from cart"))
        # BUG: Diagnostic contains: two transactions
        async with async_engine.begin() as conn:
            await conn.execute(text("delete from cart_line"))

