import sqlalchemy as sa
from sqlalchemy import create_engine, engine_from_config
from sqlalchemy.ext.asyncio import create_async_engine as make_async_engine

from app import settings

# BUG: Diagnostic contains: `create_engine(...)` creates a pool that never tests its connections
engine = create_engine("postgresql+psycopg://app@db/shop", pool_size=10)

# BUG: Diagnostic contains: pool_pre_ping defaults to False
reporting = sa.create_engine(settings.REPORTING_URL, echo=False)

async_engine = make_async_engine(
    "postgresql+asyncpg://app@db/shop",
    # BUG: Diagnostic contains: `create_async_engine(...)` turns connection testing off with pool_pre_ping=False
    pool_pre_ping=False,
)

# BUG: Diagnostic contains: `engine_from_config(...)` creates a pool that never tests
legacy = engine_from_config({"sqlalchemy.url": "mysql://app@db/shop"}, prefix="sqlalchemy.")


def make_engine(url: str) -> sa.Engine:
    # BUG: Diagnostic contains: Pass pool_pre_ping=True
    return sa.create_engine(url, pool_recycle=1800)
