import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;

/**
 * Writes a deterministic corpus of Python service code for the Python scan benchmark: packages of
 * SQLAlchemy models, engine setup, services with loops (the anti-patterns and, beside each, near
 * misses that must stay silent) and reports on the legacy Query, between packages of ordinary code
 * with no database at all (text tools, statistics, request handlers, settings), as in a real code
 * base most lines are not the rules' business. The same arguments always produce the same bytes;
 * the findings seeded are counted per rule in {@code seeded-findings.txt}.
 *
 * <pre>javac -d bench/target/classes bench/PythonCorpusGenerator.java
 * java -cp bench/target/classes PythonCorpusGenerator OUT_DIR TARGET_FILES</pre>
 */
public final class PythonCorpusGenerator {

    private final Path out;
    private final Map<String, Integer> seeded = new TreeMap<>();
    private long lines;
    private long files;

    private PythonCorpusGenerator(Path out) {
        this.out = out;
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            System.err.println("usage: PythonCorpusGenerator OUT_DIR TARGET_FILES");
            System.exit(2);
        }
        PythonCorpusGenerator generator = new PythonCorpusGenerator(Path.of(args[0]));
        long target = Long.parseLong(args[1]);
        int pkg = 0;
        while (generator.files < target) {
            generator.pkg(pkg++);
        }
        StringBuilder summary = new StringBuilder();
        summary.append("lines ").append(generator.lines).append('\n');
        summary.append("files ").append(generator.files).append('\n');
        generator.seeded.forEach((rule, count) -> summary.append(rule).append(' ').append(count).append('\n'));
        Files.writeString(generator.out.resolve("seeded-findings.txt"), summary);
        System.out.print(summary);
    }

    /** One package in three is a database service; the others are ordinary code that imports its neighbours. */
    private void pkg(int p) {
        String name = "pkg" + p;
        write(name + "/__init__.py", "\"\"\"Package " + p + ".\"\"\"\n");
        if (p % 3 == 0) {
            write(name + "/models.py", models(p));
            write(name + "/database.py", database(p));
            write(name + "/service.py", service(p));
            write(name + "/reports.py", reports(p));
        } else {
            write(name + "/text_tools.py", textTools(p));
            write(name + "/stats.py", stats(p));
            write(name + "/handlers.py", handlers(p));
            write(name + "/settings.py", settings(p));
        }
    }

    private static String models(int p) {
        return """
                \"\"\"Mapped classes of service %1$d.\"\"\"
                from datetime import datetime
                from decimal import Decimal

                from sqlalchemy import ForeignKey, String
                from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship


                class Base(DeclarativeBase):
                    pass


                class Customer(Base):
                    __tablename__ = "customer_%1$d"

                    id: Mapped[int] = mapped_column(primary_key=True)
                    email: Mapped[str] = mapped_column(String(200), unique=True)
                    segment: Mapped[str] = mapped_column(String(20), default="retail")
                    orders: Mapped[list["Order"]] = relationship(back_populates="customer")


                class Order(Base):
                    __tablename__ = "order_%1$d"

                    id: Mapped[int] = mapped_column(primary_key=True)
                    customer_id: Mapped[int] = mapped_column(ForeignKey("customer_%1$d.id"))
                    status: Mapped[str] = mapped_column(String(20), default="open")
                    total: Mapped[Decimal] = mapped_column(default=Decimal("0"))
                    archived: Mapped[bool] = mapped_column(default=False)
                    placed_at: Mapped[datetime] = mapped_column(default=datetime.utcnow)
                    customer: Mapped[Customer] = relationship(back_populates="orders")

                    def is_late(self, now: datetime) -> bool:
                        return self.status == "open" and (now - self.placed_at).days > 14
                """.formatted(p);
    }

    /** Every engine pre-pings and recycles, except one package in four whose audit engine does neither. */
    private String database(int p) {
        StringBuilder s = new StringBuilder("""
                \"\"\"Engines and sessions of service %1$d.\"\"\"
                import os

                from sqlalchemy import create_engine
                from sqlalchemy.orm import sessionmaker
                from sqlalchemy.pool import NullPool

                engine = create_engine(os.environ["DB_URL_%1$d"], pool_pre_ping=True, pool_recycle=1200)
                SessionLocal = sessionmaker(engine)

                # Migrations open one connection per run: nothing is pooled.
                migrations = create_engine(os.environ["MIGRATION_URL_%1$d"], poolclass=NullPool)

                scratch = create_engine("sqlite:///scratch_%1$d.db")
                """.formatted(p));
        if (p % 4 == 0) {
            s.append("""

                    audit = create_engine(os.environ["AUDIT_URL_%1$d"])
                    AuditSession = sessionmaker(audit)
                    """.formatted(p));
            seed("PoolMissingValidation");
            seed("PoolMissingRecycle");
        }
        return s.toString();
    }

    private String service(int p) {
        seed("EntityPersistLoop");
        seed("EntityUpdateLoop");
        return """
                \"\"\"Imports and maintenance of service %1$d.\"\"\"
                import csv

                from sqlalchemy import insert, select, update

                from .database import SessionLocal
                from .models import Customer, Order


                def import_customers(path):
                    with open(path, newline="") as f, SessionLocal() as session:
                        for row in csv.DictReader(f):
                            session.add(Customer(email=row["email"], segment=row["segment"]))
                        session.commit()


                def import_customers_in_batches(path, batch=1000):
                    with open(path, newline="") as f, SessionLocal() as session:
                        for i, row in enumerate(csv.DictReader(f)):
                            session.add(Customer(email=row["email"], segment=row["segment"]))
                            if i %% batch == 0:
                                session.flush()
                                session.expunge_all()
                        session.commit()


                def import_customers_core(path):
                    with open(path, newline="") as f:
                        rows = [{"email": r["email"], "segment": r["segment"]} for r in csv.DictReader(f)]
                    with SessionLocal() as session:
                        session.execute(insert(Customer), rows)
                        session.commit()


                def add_house_accounts():
                    with SessionLocal() as session:
                        for email in ("ops@example.com", "audit@example.com"):
                            session.add(Customer(email=email, segment="house"))
                        session.commit()


                def archive_closed_orders():
                    with SessionLocal() as session:
                        for order in session.scalars(select(Order).where(Order.status == "closed")):
                            order.archived = True
                        session.commit()


                def archive_closed_orders_at_once():
                    with SessionLocal() as session:
                        session.execute(update(Order).where(Order.status == "closed").values(archived=True))
                        session.commit()


                def reprice_open_orders(rate):
                    with SessionLocal() as session:
                        for order in session.scalars(select(Order).where(Order.status == "open")):
                            order.total = order.total * rate
                        session.commit()
                """.formatted(p);
    }

    private String reports(int p) {
        seed("LegacyQueryApi");
        return """
                \"\"\"Reports of service %1$d.\"\"\"
                from sqlalchemy import func, select

                from .database import SessionLocal
                from .models import Customer, Order


                def open_orders(customer_id):
                    with SessionLocal() as session:
                        return session.query(Order).filter(Order.customer_id == customer_id).all()


                def open_orders_selected(customer_id):
                    with SessionLocal() as session:
                        stmt = select(Order).where(Order.customer_id == customer_id, Order.status == "open")
                        return session.scalars(stmt).all()


                def revenue_by_segment():
                    stmt = (
                        select(Customer.segment, func.sum(Order.total))
                        .join(Order, Order.customer_id == Customer.id)
                        .group_by(Customer.segment)
                    )
                    with SessionLocal() as session:
                        return {segment: total for segment, total in session.execute(stmt)}


                def first_customer(email):
                    with SessionLocal() as session:
                        return session.execute(select(Customer).where(Customer.email == email)).scalars().first()
                """.formatted(p);
    }

    private static String neighbour(int p) {
        int q = p - 1;
        while (q >= 0 && q % 3 == 0) {
            q--;
        }
        return q < 0 ? "" : "from pkg" + q + ".text_tools import slugify as neighbour_slugify\n";
    }

    private static String textTools(int p) {
        return """
                \"\"\"Text helpers, package %1$d.\"\"\"
                import re
                import unicodedata
                from typing import Iterable, Iterator

                _WORD = re.compile(r"[A-Za-z0-9]+")


                def slugify(text: str, separator: str = "-") -> str:
                    \"\"\"Lower-case ASCII words of text joined by separator.\"\"\"
                    normalized = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
                    return separator.join(w.lower() for w in _WORD.findall(normalized))


                def wrap(text: str, width: int = 72) -> Iterator[str]:
                    line = []
                    length = 0
                    for word in text.split():
                        if length + len(word) + len(line) > width and line:
                            yield " ".join(line)
                            line, length = [], 0
                        line.append(word)
                        length += len(word)
                    if line:
                        yield " ".join(line)


                def initials(names: Iterable[str]) -> str:
                    return "".join(n[0].upper() for n in names if n)


                class Template:
                    def __init__(self, pattern: str) -> None:
                        self.pattern = pattern
                        self.fields = re.findall(r"{(\\w+)}", pattern)

                    def render(self, **values: str) -> str:
                        missing = [f for f in self.fields if f not in values]
                        if missing:
                            raise KeyError(", ".join(missing))
                        return self.pattern.format(**values)
                """.formatted(p);
    }

    private static String stats(int p) {
        return """
                \"\"\"Statistics, package %1$d.\"\"\"
                import math
                from collections import Counter
                from dataclasses import dataclass, field


                @dataclass
                class Summary:
                    count: int = 0
                    mean: float = 0.0
                    m2: float = 0.0
                    modes: Counter = field(default_factory=Counter)

                    def add(self, value: float) -> None:
                        self.count += 1
                        delta = value - self.mean
                        self.mean += delta / self.count
                        self.m2 += delta * (value - self.mean)
                        self.modes[round(value)] += 1

                    @property
                    def stdev(self) -> float:
                        return math.sqrt(self.m2 / (self.count - 1)) if self.count > 1 else 0.0


                def percentile(values, q):
                    ordered = sorted(values)
                    if not ordered:
                        raise ValueError("no values")
                    k = (len(ordered) - 1) * q
                    lo, hi = math.floor(k), math.ceil(k)
                    return ordered[lo] + (ordered[hi] - ordered[lo]) * (k - lo)


                def histogram(values, buckets=%2$d):
                    lo, hi = min(values), max(values)
                    width = (hi - lo) / buckets or 1
                    counts = [0] * buckets
                    for v in values:
                        counts[min(int((v - lo) / width), buckets - 1)] += 1
                    return counts
                """.formatted(p, 5 + p % 7);
    }

    private static String handlers(int p) {
        return """
                \"\"\"Request handlers, package %1$d.\"\"\"
                import json
                import logging
                %2$s
                from .stats import Summary, percentile
                from .text_tools import slugify

                log = logging.getLogger(__name__)


                class BadRequest(Exception):
                    def __init__(self, message, status=400):
                        super().__init__(message)
                        self.status = status


                def parse_body(body: bytes) -> dict:
                    try:
                        payload = json.loads(body or b"{}")
                    except json.JSONDecodeError as e:
                        raise BadRequest(f"invalid JSON: {e.msg}") from e
                    if not isinstance(payload, dict):
                        raise BadRequest("expected an object")
                    return payload


                def summarize(request_body: bytes) -> dict:
                    payload = parse_body(request_body)
                    values = [float(v) for v in payload.get("values", [])]
                    summary = Summary()
                    for v in values:
                        summary.add(v)
                    log.info("summarized %%d values", summary.count)
                    return {
                        "name": slugify(payload.get("name", "unnamed")),
                        "mean": summary.mean,
                        "stdev": summary.stdev,
                        "p95": percentile(values, 0.95) if values else None,
                    }


                def route(path: str):
                    match path.strip("/").split("/"):
                        case ["summary"]:
                            return summarize
                        case ["health"]:
                            return lambda body: {"ok": True}
                        case _:
                            raise BadRequest("no route for " + path, status=404)
                """.formatted(p, neighbour(p));
    }

    private static String settings(int p) {
        return """
                \"\"\"Settings, package %1$d.\"\"\"
                import os
                from pathlib import Path

                DEBUG = os.environ.get("DEBUG_%1$d", "") == "1"
                CACHE_DIR = Path(os.environ.get("CACHE_DIR", "/tmp")) / "pkg%1$d"
                LIMITS = {"requests": %2$d, "burst": %3$d, "window_s": 60}


                def limit(name: str, default: int = 0) -> int:
                    raw = os.environ.get("LIMIT_" + name.upper())
                    return int(raw) if raw and raw.isdigit() else LIMITS.get(name, default)
                """.formatted(p, 100 + p % 50, 10 + p % 5);
    }

    private void seed(String rule) {
        seeded.merge(rule, 1, Integer::sum);
    }

    private void write(String relative, String content) {
        try {
            Path file = out.resolve(relative);
            Files.createDirectories(file.getParent());
            Files.writeString(file, content);
            lines += content.lines().count();
            files++;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
