from datetime import datetime, timedelta
import secrets

from fastapi import APIRouter, Depends, HTTPException
from sqlalchemy.orm import Session

from .db import get_db
from .models import ApiToken, User

router = APIRouter()


@router.post("/users/{user_id}/tokens")
def create_token(user_id: int, db: Session = Depends(get_db)):
    user = db.get(User, user_id)
    if user is None:
        raise HTTPException(status_code=404)
    token = secrets.token_urlsafe(30)  # ok: CWE-338
    db.add(ApiToken(
        user_id=user.id,
        token=token,
        expires_at=datetime.utcnow() + timedelta(days=90),
    ))
    db.commit()
    return {"token": token}


@router.get("/health")
def health():
    return {"ok": True}
