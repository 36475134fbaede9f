from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker, create_async_engine
from sqlalchemy.orm import sessionmaker
from sqlmodel.ext.asyncio.session import AsyncSession as ModelSession

engine = create_async_engine("postgresql+asyncpg://app@db/shop")

# BUG: Diagnostic contains: `async_sessionmaker(...)` makes async sessions that expire their objects on commit
SessionLocal = async_sessionmaker(engine)

# BUG: Diagnostic contains: `sessionmaker(...)` makes async sessions that expire their objects on commit
LegacyLocal = sessionmaker(engine, class_=AsyncSession)

# BUG: Diagnostic contains: `async_sessionmaker(...)` sets expire_on_commit=True
Explicit = async_sessionmaker(engine, expire_on_commit=True)


async def handler():
    # BUG: Diagnostic contains: raises sqlalchemy.exc.MissingGreenlet
    async with AsyncSession(engine) as session:
        return session
    # BUG: Diagnostic contains: `AsyncSession(...)`
    model_session = ModelSession(engine)
