from datetime import datetime, timedelta
import random
import string

from fastapi import APIRouter, Depends, HTTPException
from sqlalchemy.orm import Session

from .db import get_db
from .models import ApiToken, User

router = APIRouter()
ALPHABET = string.ascii_letters + string.digits


@router.post("/users/{user_id}/tokens")
def create_token(user_id: int, db: Session = Depends(get_db)):
    user = db.get(User, user_id)
    if user is None:
        raise HTTPException(status_code=404)
    token = "".join(random.choice(ALPHABET) for _ in range(40))  # expect: CWE-338
    db.add(ApiToken(
        user_id=user.id,
        token=token,
        expires_at=datetime.utcnow() + timedelta(days=90),
    ))
    db.commit()
    return {"token": token}
