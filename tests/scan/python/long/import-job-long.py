"""Celery task: import a customer's catalogue from their server."""
import io
import pickle
import zipfile

import requests
from celery import shared_task

from .models import Catalogue, Tenant


@shared_task
def import_catalogue(tenant_id):
    tenant = Tenant.objects.get(pk=tenant_id)
    resp = requests.get(tenant.catalogue_url, timeout=30, verify=False)  # expect: CWE-295 CWE-918
    resp.raise_for_status()
    with zipfile.ZipFile(io.BytesIO(resp.content)) as zf:
        with zf.open("catalogue.pkl") as fh:
            items = pickle.load(fh)  # expect: CWE-502
    Catalogue.objects.filter(tenant=tenant).delete()
    Catalogue.objects.bulk_create(
        Catalogue(tenant=tenant, sku=i["sku"], name=i["name"], price=i["price"])
        for i in items
    )
    return len(items)


@shared_task
def ping():
    return "pong"
