"""Seed the development database with fake orders."""
import random
from datetime import datetime, timedelta

from app.models import Order, Product, db

STATUSES = ["new", "paid", "shipped", "returned"]


def seed(n=500, days=90):
    products = Product.query.all()
    now = datetime.utcnow()
    for i in range(n):
        product = random.choice(products)  # expect: CWE-330
        qty = random.randint(1, 5)  # expect: CWE-330
        created = now - timedelta(minutes=random.randrange(days * 24 * 60))  # expect: CWE-330
        db.session.add(Order(
            product_id=product.id,
            quantity=qty,
            status=STATUSES[i % len(STATUSES)],
            created_at=created,
        ))
    db.session.commit()


if __name__ == "__main__":
    seed()
