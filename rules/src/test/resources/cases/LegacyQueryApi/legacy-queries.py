from flask_sqlalchemy import SQLAlchemy
from sqlalchemy.orm import DeclarativeBase, Mapped, Session, mapped_column, scoped_session, sessionmaker

db = SQLAlchemy()
Scoped = scoped_session(sessionmaker())


class Base(DeclarativeBase):
    pass


class User(Base):
    __tablename__ = "user_account"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str]


class Post(db.Model):
    id = db.Column(db.Integer, primary_key=True)
    title = db.Column(db.String(80))


def session_query(session: Session):
    # BUG: Diagnostic contains: session.query(..) is the legacy Query API
    return session.query(User).filter(User.name == "a").all()


def flask_session_query():
    # BUG: Diagnostic contains: db.session.query(..) is the legacy Query API
    return db.session.query(Post).count()


def scoped_session_query():
    # BUG: Diagnostic contains: Scoped.query(..) is the legacy Query API
    return Scoped.query(User).get(1)


def model_query():
    # BUG: Diagnostic contains: Post.query is Flask-SQLAlchemy's legacy Query API
    return Post.query.filter_by(title="a").first()


def with_block():
    with sessionmaker()() as session:
        # BUG: Diagnostic contains: ormlint migrate
        return session.query(User.name).all()
