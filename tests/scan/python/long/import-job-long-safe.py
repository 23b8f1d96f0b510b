"""Celery task: import a customer's catalogue from their server."""
import io
import json
import zipfile

import requests
from celery import shared_task

from .models import Catalogue, Tenant

CATALOGUE_URL = "https://feeds.partner.example/catalogue.zip"


@shared_task
def import_catalogue(tenant_id):
    tenant = Tenant.objects.get(pk=tenant_id)
    resp = requests.get(CATALOGUE_URL, params={"tenant": tenant.slug}, timeout=30)  # ok: CWE-295
    resp.raise_for_status()
    with zipfile.ZipFile(io.BytesIO(resp.content)) as zf:
        with zf.open("catalogue.json") as fh:
            items = json.load(fh)  # ok: CWE-502
    Catalogue.objects.filter(tenant=tenant).delete()
    Catalogue.objects.bulk_create(
        Catalogue(tenant=tenant, sku=i["sku"], name=i["name"], price=i["price"])
        for i in items
    )
    return len(items)
