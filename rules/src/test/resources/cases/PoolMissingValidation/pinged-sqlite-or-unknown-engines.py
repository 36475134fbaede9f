import sqlalchemy
from sqlalchemy import create_engine, engine_from_config, pool
from sqlalchemy.pool import NullPool

from app import settings
from app.factories import create_engine as create_app_engine

engine = create_engine(settings.DATABASE_URL, pool_pre_ping=True)
async_url = sqlalchemy.create_engine(settings.DATABASE_URL, pool_pre_ping=settings.PRE_PING)
local = create_engine("sqlite:///app.db")
memory = create_engine(r"sqlite+pysqlite:///:memory:")
no_pool = create_engine(settings.DATABASE_URL, poolclass=NullPool)
static = create_engine(settings.DATABASE_URL, poolclass=pool.StaticPool)
configured = create_engine(settings.DATABASE_URL, **settings.ENGINE_OPTIONS)
from_ini = engine_from_config(settings.ini, prefix="sqlalchemy.")
project_factory = create_app_engine("postgresql://app@db/shop")
accepted = create_engine(settings.DATABASE_URL)  # ormlint: ignore[PoolMissingValidation]
described = "create_engine('postgresql://app@db/shop')"


class Engines:
    def create_engine(self, url):
        return url


def shadowed(create_engine):
    return create_engine("postgresql://app@db/shop")
