from sqlalchemy import create_engine, engine_from_config
from sqlalchemy.pool import NullPool, StaticPool

from app import settings

engine = create_engine(settings.DATABASE_URL, pool_recycle=1800, pool_pre_ping=True)
often = create_engine(settings.DATABASE_URL, pool_recycle=300.0)
every_checkout = create_engine(settings.DATABASE_URL, pool_recycle=0)
configured = create_engine(settings.DATABASE_URL, pool_recycle=settings.POOL_RECYCLE)
splat = create_engine(settings.DATABASE_URL, **settings.ENGINE_OPTIONS)
local = create_engine("sqlite:///app.db")
no_pool = create_engine(settings.DATABASE_URL, poolclass=NullPool)
static = create_engine(settings.DATABASE_URL, poolclass=StaticPool)
from_ini = engine_from_config(settings.ini)
recycled_ini = engine_from_config({"db.url": "mysql://app@db/shop", "db.pool_recycle": 600}, prefix="db.")
