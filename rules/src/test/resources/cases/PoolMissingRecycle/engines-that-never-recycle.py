import sqlalchemy as sa
from sqlalchemy import create_engine, engine_from_config
from sqlalchemy.ext.asyncio import create_async_engine

from app import settings

# BUG: Diagnostic contains: `create_engine(...)` never recycles its connections (pool_recycle defaults to -1, never)
engine = create_engine("mysql+pymysql://app@db/shop", pool_size=10)

reporting = sa.create_engine(
    settings.REPORTING_URL,
    # BUG: Diagnostic contains: sets pool_recycle=-1, which never recycles connections
    pool_recycle=-1,
)

# BUG: Diagnostic contains: keeps connections for 120 min (pool_recycle=2 * 60 * 60), longer than the 30 min limit
async_engine = create_async_engine(settings.DATABASE_URL, pool_recycle=2 * 60 * 60)

# BUG: Diagnostic contains: and pool_pre_ping only replaces a connection after it has died
pinged = create_engine(settings.DATABASE_URL, pool_pre_ping=True)

legacy = engine_from_config(
    # BUG: Diagnostic contains: keeps connections for 60 min (pool_recycle=3600)
    {"sqlalchemy.url": "mysql://app@db/shop", "sqlalchemy.pool_recycle": 3600},
    prefix="sqlalchemy.",
)
