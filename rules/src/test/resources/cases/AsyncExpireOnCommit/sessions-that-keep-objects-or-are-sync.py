from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker, create_async_engine
from sqlalchemy.orm import Session, sessionmaker

from app import settings

engine = create_async_engine("postgresql+asyncpg://app@db/shop")

SessionLocal = async_sessionmaker(engine, expire_on_commit=False)
LegacyLocal = sessionmaker(engine, class_=AsyncSession, expire_on_commit=False)
Configured = async_sessionmaker(engine, expire_on_commit=settings.EXPIRE)
Splat = async_sessionmaker(engine, **settings.SESSION_OPTIONS)
Sync = sessionmaker(bind=settings.sync_engine)
SyncSession = Session(settings.sync_engine)


def async_sessionmaker_of_our_own(engine):
    return engine


Ours = async_sessionmaker_of_our_own(engine)
