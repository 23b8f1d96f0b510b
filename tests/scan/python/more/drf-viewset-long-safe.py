from django.db import connection
from rest_framework import permissions, viewsets
from rest_framework.decorators import action
from rest_framework.response import Response

from .models import Invoice
from .serializers import InvoiceSerializer


class InvoiceViewSet(viewsets.ModelViewSet):
    serializer_class = InvoiceSerializer
    permission_classes = [permissions.IsAuthenticated]

    def get_queryset(self):
        return Invoice.objects.filter(owner=self.request.user)

    @action(detail=False)
    def totals(self, request):
        year = int(request.query_params.get("year", "2024"))
        with connection.cursor() as cur:
            cur.execute(
                "SELECT month, SUM(amount) FROM billing_invoice "
                "WHERE owner_id = %s AND year = %s GROUP BY month",  # ok: CWE-89
                [request.user.id, year],
            )
            rows = cur.fetchall()
        return Response([{"month": m, "total": t} for m, t in rows])
